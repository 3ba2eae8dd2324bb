// Vocabulary for the generated community: an energy and telecom company, in English and Dutch,
// varied enough that search sees realistic term frequencies.
type Rng = () => number;
const pick = <T>(rng: Rng, list: readonly T[]): T => list[Math.floor(rng() * list.length)];

const EN = {
  products: ['smart meter', 'solar panels', 'inverter', 'heat pump', 'fibre connection', 'router', 'modem', 'TV box', 'charging station', 'thermostat', 'gas meter', 'mobile plan', 'SIM card', 'home battery', 'energy contract'],
  problems: ['shows an error', 'stopped working', 'gives wrong readings', 'disconnects every evening', 'is much slower than promised', 'keeps restarting', 'was never activated', 'shows double usage', 'blinks red', 'does not feed back to the grid', 'charges the wrong tariff', 'lost its settings'],
  events: ['the last update', 'moving house', 'a power cut', 'the meter swap', 'switching contracts', 'the storm', 'installing the app', 'changing my bank account', 'the new year', 'a visit from the installer'],
  money: ['my advance payment went up', 'I was charged twice', 'my refund is late', 'the annual statement is wrong', 'the direct debit failed', 'I got a reminder fee', 'the cancellation fee is too high'],
  openers: ['Since', 'After', 'Right after', 'Ever since'],
  details: ['I already restarted everything twice.', 'The app says everything is fine.', 'My neighbours do not have this problem.', 'It happens mostly in the morning.', 'I checked the fuse box and the cables.', 'Customer service told me to wait a week.', 'The error code is E{n}.', 'My usage did not change at all.', 'This costs me about {n} euro a month.', 'I have photos of the display.'],
  questions: ['What can I do?', 'Is this a known issue?', 'Who should I contact?', 'How do I fix this myself?', 'Is anyone else seeing this?', 'Should I ask for a technician?'],
  answers: ['Check the settings in the app under Meter and choose the right tariff.', 'This is usually the firmware: a reset of the device fixes it in most cases.', 'Report it through My account, the team can reset the connection remotely.', 'The grid voltage is probably too high; ask the grid operator to measure it.', 'Your advance is the expected yearly cost divided by twelve, you can lower it yourself.', 'Unplug the router for thirty seconds and connect it with the cable, not over WiFi.', 'The refund is paid within thirty days after the annual statement.', 'A meter swap resets the readings; send in a photo of the old meter.', 'Switching contracts takes two weeks; the old supplier sends a final invoice.', 'Had exactly the same, a firmware update last week solved it for me.'],
};

const NL = {
  products: ['slimme meter', 'zonnepanelen', 'omvormer', 'warmtepomp', 'glasvezelaansluiting', 'router', 'modem', 'tv-ontvanger', 'laadpaal', 'thermostaat', 'gasmeter', 'mobiel abonnement', 'simkaart', 'thuisbatterij', 'energiecontract'],
  problems: ['geeft een foutmelding', 'doet het niet meer', 'geeft verkeerde standen', 'valt elke avond weg', 'is veel trager dan beloofd', 'start steeds opnieuw op', 'is nooit geactiveerd', 'toont dubbel verbruik', 'knippert rood', 'levert niet terug aan het net', 'rekent het verkeerde tarief', 'is de instellingen kwijt'],
  events: ['de laatste update', 'mijn verhuizing', 'een stroomstoring', 'de meterwissel', 'het overstappen', 'de storm', 'het installeren van de app', 'een nieuw rekeningnummer', 'de jaarwisseling', 'het bezoek van de monteur'],
  money: ['mijn voorschot is omhoog gegaan', 'ik ben twee keer gefactureerd', 'mijn terugbetaling is te laat', 'de jaarafrekening klopt niet', 'de automatische incasso is mislukt', 'ik kreeg aanmaningskosten', 'de opzegvergoeding is te hoog'],
  openers: ['Sinds', 'Na', 'Direct na', 'Vanaf'],
  details: ['Ik heb alles al twee keer opnieuw opgestart.', 'De app zegt dat alles in orde is.', 'Mijn buren hebben dit probleem niet.', 'Het gebeurt vooral in de ochtend.', 'Ik heb de meterkast en de kabels gecontroleerd.', 'De klantenservice zei dat ik een week moet wachten.', 'De foutcode is E{n}.', 'Mijn verbruik is helemaal niet veranderd.', 'Dit kost me ongeveer {n} euro per maand.', 'Ik heb foto’s van het display.'],
  questions: ['Wat kan ik doen?', 'Is dit een bekend probleem?', 'Wie moet ik bellen?', 'Hoe los ik dit zelf op?', 'Heeft iemand anders dit ook?', 'Moet ik een monteur vragen?'],
  answers: ['Controleer in de app onder Meter of het juiste tarief is gekozen.', 'Meestal is het de firmware: een reset van het apparaat lost het vaak op.', 'Meld het via Mijn account, het team kan de aansluiting op afstand resetten.', 'De netspanning is waarschijnlijk te hoog; vraag de netbeheerder om te meten.', 'Je voorschot is de verwachte jaarkosten gedeeld door twaalf, je kunt het zelf verlagen.', 'Haal de stekker van de router er dertig seconden uit en gebruik de kabel, niet wifi.', 'De terugbetaling volgt binnen dertig dagen na de jaarafrekening.', 'Bij een meterwissel beginnen de standen opnieuw; stuur een foto van de oude meter.', 'Overstappen duurt twee weken; de oude leverancier stuurt een eindafrekening.', 'Had precies hetzelfde, een update van vorige week loste het bij mij op.'],
};

const fill = (rng: Rng, s: string) => s.replace('{n}', String(10 + Math.floor(rng() * 290)));

/** A question: about one in three in Dutch. */
export function question(rng: Rng): { title: string; body: string } {
  const v = rng() < 0.35 ? NL : EN;
  const product = pick(rng, v.products);
  const title =
    rng() < 0.3
      ? `${pick(rng, v.openers)} ${pick(rng, v.events)} ${pick(rng, v.money)}`
      : `${v === NL ? 'Mijn' : 'My'} ${product} ${pick(rng, v.problems)} ${v === NL ? 'na' : 'after'} ${pick(rng, v.events)}`;
  const body = [
    `${pick(rng, v.openers)} ${pick(rng, v.events)} ${v === NL ? 'heb ik een probleem met mijn' : 'I have a problem with my'} ${product}.`,
    fill(rng, pick(rng, v.details)),
    fill(rng, pick(rng, v.details)),
    pick(rng, v.questions),
  ].join(' ');
  return { title: title.charAt(0).toUpperCase() + title.slice(1), body };
}

export function answerText(rng: Rng): string {
  const v = rng() < 0.35 ? NL : EN;
  return `${pick(rng, v.answers)} ${rng() < 0.5 ? fill(rng, pick(rng, v.details)) : ''}`.trim();
}

export const COMMENTS = ['Thanks, that worked!', 'Which firmware version do you have?', 'Same problem here.', 'Dank je, dat hielp!', 'Welke versie heb je?', 'Hier precies hetzelfde.', 'Can you post a photo?', 'Kun je een foto plaatsen?', 'Did you contact the grid operator?', 'Heb je de netbeheerder al gebeld?'];

export const LARGE_CATEGORIES = [
  ['billing', 'Billing & payments'], ['solar-panels', 'Solar panels'], ['smart-meter', 'Smart meter'], ['internet-tv', 'Internet & TV'],
  ['contracts', 'Contracts & moving'], ['heat-pumps', 'Heat pumps'], ['mobile', 'Mobile'], ['ev-charging', 'EV charging'], ['outages', 'Outages'], ['app', 'App & My account'],
];

export const LARGE_TAGS = ['invoice', 'direct-debit', 'refund', 'inverter', 'feed-in', 'p1-port', 'meter-reading', 'router', 'outage', 'wifi', 'tariff', 'moving',
  'termination', 'firmware', 'app', 'fibre', 'dsl', 'tv', 'sim', '5g', 'roaming', 'heat-pump', 'thermostat', 'battery', 'charging', 'annual-statement', 'advance-payment',
  'meter-swap', 'gas', 'electricity', 'netting', 'installer', 'warranty', 'contract', 'switching', 'reminder', 'storm', 'voltage', 'error-code', 'account'];

/** A small, seedable PRNG (mulberry32) so the data set is the same on every run. */
export function seededRandom(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
