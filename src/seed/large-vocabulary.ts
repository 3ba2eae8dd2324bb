// Word lists of the generated community: an energy, internet and mobile company in the
// Netherlands, members writing in English and Dutch. Every list is ordered from the most to the
// least used item; the text generator draws from them with Zipf-like weights, so a few words are
// everywhere and a long tail (models, error codes, places, misspellings) is rare.

export interface LanguageLists {
  /** What members own, as they name it ("my ___"). */
  products: string[];
  /** Completes "my <product> ___". */
  problems: string[];
  /** Completes "How do I ___?" / "Hoe ___?". */
  tasks: string[];
  /** One-sentence answers; {model}, {code}, {place}, {amount}, {n} are filled in. */
  advice: string[];
}

export interface Domain {
  slug: string;
  name: string;
  /** Share of threads (before normalising). */
  weight: number;
  en: LanguageLists;
  nl: LanguageLists;
  /** Brands and models, as members write them. */
  models: string[];
  /** Error codes shown by the devices of this domain. */
  codes: string[];
  tags: string[];
}

const range = (prefix: string, from: number, to: number, step = 1, pad = 0): string[] => {
  const out: string[] = [];
  for (let i = from; i <= to; i += step) out.push(`${prefix}${String(i).padStart(pad, '0')}`);
  return out;
};

// A long, mixed tail of codes: frequent ones first, then whole families.
const E_CODES = ['E21', 'E04', 'E217', 'E13', 'E101', 'E33', 'E09', 'E412', ...range('E', 100, 999, 7), ...range('E', 10, 99, 3)];
const F_CODES = ['F28', 'F41', 'F12', 'F06', 'F75', 'F9', 'F35', ...range('F', 1, 99, 2)];
const ROUTER_CODES = ['err-4012', 'err-678', 'PPP-691', 'DNS-105', 'err-3001', ...range('err-', 4100, 4390, 10), ...range('LOS-', 1, 40)];
const CHARGER_CODES = ['ERR-PE', 'RCD-6', 'CP-E', 'OCPP31', 'ERR-12', ...range('CH-', 10, 320, 7), ...range('OCPP', 1, 60, 3)];
const METER_CODES = ['P1-E2', 'DSMR5', 'ERR-03', 'ERR-10', 'TMP-2', ...range('M-', 100, 400, 9)];
const APP_CODES = ['401', '500', '503', 'AUTH12', 'SYNC3', ...range('APP-', 1000, 1600, 13)];
const MOBILE_CODES = ['SIM-32', 'MMI-2', 'VoLTE-1', 'APN-7', ...range('NET-', 10, 200, 6)];

export const DOMAINS: Domain[] = [
  {
    slug: 'billing',
    name: 'Billing & payments',
    weight: 22,
    en: {
      products: ['invoice', 'advance payment', 'annual statement', 'direct debit', 'final invoice', 'refund', 'payment plan', 'reminder', 'energy tax credit', 'tariff', 'bank account', 'credit note', 'budget billing', 'installment'],
      problems: ['is much higher than expected', 'shows the same payment twice', 'has not arrived yet', 'shows other readings than my meter', 'went up in the new year', 'is missing the feed-in credit', 'was sent to my old address', 'lists a reminder fee', 'does not match my usage', 'still shows the old tariff', 'was rejected by my bank', 'came in two parts', 'is dated last year'],
      tasks: ['lower my advance payment', 'change my bank account', 'get a payment plan', 'read my annual statement', 'download my invoices', 'stop the direct debit', 'get my refund faster', 'pay a reminder', 'change the invoice address', 'split the bill with my housemate', 'see my energy tax credit'],
      advice: [
        'Your advance payment is the expected yearly cost divided by twelve; you can change it in My account under Payments.',
        'The annual statement compares your advances with the real usage; a refund follows within {n} days.',
        'The reminder fee is removed when you pay within fourteen days, ask for it through the contact form.',
        'A double charge is usually a direct debit retried by the bank; the second amount comes back within a week.',
        'Check the meter readings on page two of the invoice; if they are estimated, send in a photo of the meter.',
        'The energy tax credit is spread over the monthly invoices, about {amount} euro a month.',
        'You can ask for a payment plan of up to {n} months in the app under Billing.',
        'A final invoice comes within six weeks after the contract ends.',
        'If your bank rejects the direct debit, change the account number under Payments and the next run picks it up.',
        'The tariff on the invoice follows the contract date, not the invoice date.',
      ],
    },
    nl: {
      products: ['factuur', 'voorschot', 'jaarafrekening', 'automatische incasso', 'eindafrekening', 'terugbetaling', 'betalingsregeling', 'herinnering', 'belastingvermindering', 'tarief', 'rekeningnummer', 'creditnota', 'termijnbedrag', 'maandbedrag'],
      problems: ['is veel hoger dan verwacht', 'staat dubbel op mijn afschrift', 'is na zes weken nog niet binnen', 'heeft andere standen dan mijn meter', 'is in januari verhoogd', 'mist de terugleververgoeding', 'is naar mijn oude adres gestuurd', 'bevat aanmaningskosten', 'past niet bij mijn verbruik', 'staat nog op het oude tarief', 'is door mijn bank geweigerd', 'kwam in twee delen', 'heeft de datum van vorig jaar'],
      tasks: ['verlaag ik mijn voorschot', 'wijzig ik mijn rekeningnummer', 'vraag ik een betalingsregeling aan', 'lees ik mijn jaarafrekening', 'download ik mijn facturen', 'stop ik de automatische incasso', 'krijg ik mijn terugbetaling sneller', 'betaal ik een herinnering', 'verander ik het factuuradres', 'zie ik de belastingvermindering'],
      advice: [
        'Je voorschot is de verwachte jaarkosten gedeeld door twaalf; je past het aan in Mijn account onder Betalingen.',
        'De jaarafrekening vergelijkt je voorschotten met het echte verbruik; een terugbetaling volgt binnen {n} dagen.',
        'De aanmaningskosten vervallen als je binnen veertien dagen betaalt, vraag het aan via het contactformulier.',
        'Een dubbele afschrijving is meestal een herhaalde incasso; het tweede bedrag komt binnen een week terug.',
        'Kijk naar de meterstanden op pagina twee van de factuur; zijn ze geschat, stuur dan een foto van de meter.',
        'De belastingvermindering wordt verdeeld over de maandfacturen, ongeveer {amount} euro per maand.',
        'Je kunt in de app onder Facturen een betalingsregeling van maximaal {n} maanden aanvragen.',
        'De eindafrekening komt binnen zes weken nadat het contract is afgelopen.',
        'Weigert je bank de incasso, wijzig dan het rekeningnummer onder Betalingen; de volgende ronde pakt het op.',
      ],
    },
    models: [],
    codes: [],
    tags: ['invoice', 'advance-payment', 'annual-statement', 'direct-debit', 'refund', 'reminder', 'tariff', 'payment-plan'],
  },
  {
    slug: 'solar-panels',
    name: 'Solar panels',
    weight: 13,
    en: {
      products: ['solar panels', 'inverter', 'feed-in', 'solar installation', 'optimizer', 'micro inverter', 'string', 'monitoring app', 'net metering', 'panel warranty', 'home battery', 'export limit'],
      problems: ['produces nothing on sunny days', 'shows an error every morning', 'switches off at noon', 'does not feed back to the grid', 'stopped reporting to the app', 'gives much less than last year', 'trips the breaker', 'shows grid voltage too high', 'lost its wifi connection', 'is not registered with the grid operator', 'counts the feed-in twice'],
      tasks: ['register my solar panels', 'check the inverter yield', 'connect the inverter to wifi', 'read the feed-in on my meter', 'claim the panel warranty', 'lower the grid voltage', 'set an export limit', 'add a home battery', 'clean the panels safely'],
      advice: [
        'Grid voltage above 253 V makes the inverter switch off; ask the grid operator to measure it.',
        'Register the installation with the grid operator, otherwise the feed-in is not on your invoice.',
        'Reset the {model} by switching off the AC breaker first, then the DC switch, and wait {n} minutes.',
        'Error {code} on a {model} usually means an isolation fault; have the installer check the DC cables.',
        'The monitoring app needs the inverter on 2.4 GHz wifi, the {model} does not support 5 GHz.',
        'Net metering lets you subtract your feed-in from your usage until the end of the year.',
        'Compare the yield with the same month last year, not with the summer peak.',
        'An optimizer per panel helps when part of the roof is in the shade.',
        'Had the same with my {model}, a firmware update from the installer solved it.',
      ],
    },
    nl: {
      products: ['zonnepanelen', 'omvormer', 'teruglevering', 'zonne-installatie', 'optimizer', 'micro-omvormer', 'omvormerapp', 'salderingsregeling', 'paneelgarantie', 'thuisbatterij', 'terugleverkosten'],
      problems: ['levert niets op bij zon', 'geeft elke ochtend een foutmelding', 'schakelt rond het middaguur uit', 'levert niet terug aan het net', 'meldt zich niet meer in de app', 'geeft veel minder dan vorig jaar', 'laat de groep uitslaan', 'meldt een netspanning boven 253 volt', 'heeft geen wifi meer', 'is niet aangemeld bij de netbeheerder', 'telt de teruglevering dubbel'],
      tasks: ['meld ik mijn zonnepanelen aan', 'bekijk ik de opbrengst van de omvormer', 'verbind ik de omvormer met wifi', 'lees ik de teruglevering af', 'claim ik de paneelgarantie', 'verlaag ik de netspanning', 'stel ik een terugleverlimiet in', 'sluit ik een thuisbatterij aan', 'maak ik de panelen veilig schoon'],
      advice: [
        'Bij een netspanning boven 253 V schakelt de omvormer uit; vraag de netbeheerder om te meten.',
        'Meld de installatie aan bij de netbeheerder, anders staat de teruglevering niet op je factuur.',
        'Reset de {model}: eerst de AC-groep uit, dan de DC-schakelaar, en {n} minuten wachten.',
        'Foutcode {code} op een {model} wijst meestal op een isolatiefout; laat de installateur de DC-kabels nakijken.',
        'De app heeft de omvormer op 2,4 GHz wifi nodig, de {model} ondersteunt geen 5 GHz.',
        'Met de salderingsregeling trek je je teruglevering tot het einde van het jaar af van je verbruik.',
        'Vergelijk de opbrengst met dezelfde maand vorig jaar, niet met de piek in de zomer.',
        'Had hetzelfde met mijn {model}, een firmware-update via de installateur loste het op.',
      ],
    },
    models: [
      'SolarEdge SE3000H', 'Growatt MIN 3000TL-X', 'Enphase IQ7', 'Huawei SUN2000-4KTL', 'SMA Sunny Boy 3.6', 'GoodWe GW3600-DNS', 'Fronius Primo 3.6', 'SolarEdge SE4000H',
      'Growatt MIN 2500TL-X', 'Enphase IQ8', 'Huawei SUN2000-3KTL', 'SMA Sunny Boy 5.0', 'Solis 4G mini', 'APsystems DS3', 'Fronius Primo 5.0', 'SolarEdge SE5000H', 'Growatt MIC 1500TL-X',
      'Enphase IQ8M', 'Huawei SUN2000-5KTL', 'GoodWe GW5000-DNS', 'Hoymiles HMS-800', 'Zeversolar Eversol', 'Omnik 3k', 'Samil Power', 'Afore HNS3000TL', 'Sofar 3300TL-G3', 'Kostal Piko 5.5',
      'Delta Solivia 3.0', 'SolarEdge SE2200H', 'Growatt MIN 4200TL-X', 'Enphase IQ7+', 'APsystems QS1', 'Fronius Symo 8.2', 'SMA Sunny Tripower 8.0', 'Hoymiles HM-600', 'Tesla Powerwall 2',
      'Huawei LUNA2000', 'BYD HVS', 'Sessy', 'Zonneplan Nexus', 'Victron MultiPlus', 'LG Resu 10',
    ],
    codes: E_CODES,
    tags: ['inverter', 'feed-in', 'netting', 'voltage', 'installer', 'warranty', 'battery', 'firmware'],
  },
  {
    slug: 'smart-meter',
    name: 'Smart meter',
    weight: 12,
    en: {
      products: ['smart meter', 'meter', 'gas meter', 'P1 port', 'meter reading', 'energy monitor', 'meter cupboard', 'meter display', 'double tariff', 'meter swap'],
      problems: ['shows double usage', 'sends no readings', 'blinks red', 'counts backwards', 'shows different numbers than the app', 'lost its connection', 'skips the night tariff', 'shows a gas usage while the heating is off', 'was never activated', 'makes a ticking sound', 'gives no data on the P1 port'],
      tasks: ['read my smart meter', 'connect a P1 reader', 'send in my meter readings', 'switch on the night tariff', 'check if my meter is smart', 'get a meter swap', 'read the gas meter', 'share my readings with an app'],
      advice: [
        'Press the button on the {model} until 1.8.1 and 1.8.2 show; those are the day and night readings.',
        'The P1 port needs to be opened by us first; ask for it and it works within {n} days.',
        'A meter swap resets the readings; send a photo of the old meter so the invoice is right.',
        'Readings that arrive after the deadline are estimated; they are corrected on the annual statement.',
        'The gas meter sends its readings through the electricity meter, once an hour.',
        'A red blinking light is the pulse for usage, it blinks faster when you use more.',
        'Compare the numbers on the display with the app around midnight, the app lags a day.',
        'Code {code} on the display means the meter lost contact with the grid operator; it retries every hour.',
      ],
    },
    nl: {
      products: ['slimme meter', 'meter', 'gasmeter', 'P1-poort', 'meterstand', 'energiemonitor', 'meterkast', 'meterdisplay', 'dubbel tarief', 'meterwissel'],
      problems: ['toont dubbel verbruik', 'stuurt geen standen door', 'knippert rood', 'telt terug', 'geeft andere getallen dan de app', 'heeft geen verbinding meer', 'slaat het nachttarief over', 'toont gasverbruik terwijl de verwarming uit staat', 'is nooit geactiveerd', 'maakt een tikkend geluid', 'geeft geen data op de P1-poort'],
      tasks: ['lees ik mijn slimme meter af', 'sluit ik een P1-lezer aan', 'geef ik mijn meterstanden door', 'zet ik het nachttarief aan', 'zie ik of mijn meter slim is', 'vraag ik een meterwissel aan', 'lees ik de gasmeter af', 'deel ik mijn standen met een app'],
      advice: [
        'Druk op de knop van de {model} tot 1.8.1 en 1.8.2 verschijnen; dat zijn de dag- en nachtstand.',
        'De P1-poort moet eerst door ons worden opengezet; vraag het aan en binnen {n} dagen werkt het.',
        'Bij een meterwissel beginnen de standen opnieuw; stuur een foto van de oude meter.',
        'Standen die na de deadline binnenkomen worden geschat en op de jaarafrekening gecorrigeerd.',
        'De gasmeter stuurt zijn standen via de elektriciteitsmeter, eens per uur.',
        'Een rood knipperend lampje is de puls voor verbruik, het knippert sneller bij meer verbruik.',
        'Melding {code} op het display betekent dat de meter geen contact heeft met de netbeheerder; hij probeert het elk uur opnieuw.',
      ],
    },
    models: [
      'Landis+Gyr E350', 'Kaifa MA105', 'Iskra AM550', 'Sagemcom T211', 'Kamstrup 162', 'Landis+Gyr ZCF110', 'Kaifa MA304', 'Iskra ME382', 'Sagemcom XS210', 'Kamstrup 382',
      'Landis+Gyr ZMF110', 'Flonidan G4', 'Itron G4 RF1', 'Elster BK-G4', 'Honeywell G4', 'Ziv 5CTA', 'Sagemcom T210-D', 'Kaifa E0025', 'Iskra MT382', 'Landis+Gyr E360',
      'HomeWizard P1', 'Youless LS120', 'Slimmemeterportal', 'Smile P1', 'Enelogic', 'Toon', 'Ziggo P1',
    ],
    codes: METER_CODES,
    tags: ['meter-reading', 'p1-port', 'meter-swap', 'gas', 'electricity', 'tariff'],
  },
  {
    slug: 'internet-tv',
    name: 'Internet & TV',
    weight: 11,
    en: {
      products: ['router', 'fibre connection', 'modem', 'TV box', 'wifi', 'internet', 'mesh system', 'DSL line', 'landline', 'TV subscription', 'wifi extender', 'set-top box'],
      problems: ['drops every evening', 'is much slower than promised', 'keeps restarting', 'has no signal in the bedroom', 'shows no picture', 'blinks orange', 'loses the connection during calls', 'was never activated', 'gives a red light', 'freezes on channel {n}', 'cannot find the network'],
      tasks: ['reset my router', 'change the wifi password', 'activate my fibre connection', 'set up a mesh system', 'record a programme', 'move the router to another room', 'use my own router', 'test my internet speed'],
      advice: [
        'Unplug the {model} for thirty seconds and connect your laptop with a cable to test the real speed.',
        'Error {code} on the router means the line is not synchronised; we can reset it remotely.',
        'Put the router in the middle of the house, not in the meter cupboard.',
        'A fibre connection is activated on the planned date, the light on the NTU turns green then.',
        'Switch the TV box off and on with the power button on the back, not with the remote.',
        'Channel {n} moved to another frequency, run a channel search in the menu.',
        'Use your own router behind the {model} in bridge mode.',
        'Same here in {place}, it turned out to be a cable fault in the street.',
      ],
    },
    nl: {
      products: ['router', 'glasvezelaansluiting', 'modem', 'tv-ontvanger', 'wifi', 'internet', 'mesh-systeem', 'DSL-lijn', 'vaste lijn', 'tv-pakket', 'wifi-versterker', 'settopbox'],
      problems: ['valt elke avond weg', 'is veel trager dan beloofd', 'start steeds opnieuw op', 'heeft geen bereik op de slaapkamer', 'geeft geen beeld', 'knippert oranje', 'verbreekt de verbinding tijdens bellen', 'is nooit geactiveerd', 'geeft een rood lampje', 'bevriest op zender {n}', 'vindt het netwerk niet'],
      tasks: ['reset ik mijn router', 'wijzig ik het wifi-wachtwoord', 'activeer ik mijn glasvezel', 'zet ik een mesh-systeem op', 'neem ik een programma op', 'verplaats ik de router', 'gebruik ik mijn eigen router', 'test ik mijn internetsnelheid'],
      advice: [
        'Haal de stekker van de {model} er dertig seconden uit en test de snelheid met een kabel.',
        'Foutcode {code} op de router betekent dat de lijn niet synchroniseert; wij kunnen hem op afstand resetten.',
        'Zet de router midden in huis, niet in de meterkast.',
        'Glasvezel wordt op de geplande datum geactiveerd, het lampje op de NTU wordt dan groen.',
        'Zet de tv-ontvanger uit met de knop achterop, niet met de afstandsbediening.',
        'Zender {n} staat op een andere frequentie, zoek de zenders opnieuw via het menu.',
        'Hier in {place} precies hetzelfde, het bleek een kabelbreuk in de straat.',
      ],
    },
    models: [
      'Fritzbox 7590', 'Experia Box v10', 'Connectbox', 'Fritzbox 7530', 'Zyxel VMG8825', 'Sagemcom F@st 5359', 'Fritzbox 5530 Fiber', 'Arcadyan AR7516', 'Genexis Platinum 7840', 'Nokia G-240W',
      'TP-Link Deco M5', 'Google Nest Wifi', 'Fritzbox 7583', 'Zyxel EX5601', 'Ubiquiti UniFi', 'Netgear Orbi', 'Linksys Velop', 'Mediabox Next', 'TV box 4K', 'Horizon box', 'Arris VIP5202',
      'Apple TV', 'Chromecast', 'Fritz Repeater 1200', 'Devolo Magic 2',
    ],
    codes: ROUTER_CODES,
    tags: ['router', 'wifi', 'fibre', 'dsl', 'tv', 'outage'],
  },
  {
    slug: 'contracts',
    name: 'Contracts & moving',
    weight: 10,
    en: {
      products: ['energy contract', 'fixed contract', 'variable contract', 'contract renewal', 'moving date', 'new address', 'welcome letter', 'switching service', 'dynamic contract'],
      problems: ['was renewed without asking', 'still runs on my old address', 'has a cancellation fee I did not expect', 'shows a different start date', 'was cancelled although I stayed', 'has two contracts at the same address', 'did not start on time', 'keeps the old tariff after moving'],
      tasks: ['move my contract to a new address', 'cancel my contract', 'switch to a dynamic contract', 'check my cancellation fee', 'renew my fixed contract', 'add my partner to the contract', 'take over a contract', 'end the contract after a death'],
      advice: [
        'Pass the moving date at least two weeks ahead, then the contract moves with you.',
        'The cancellation fee depends on the remaining months, for a fixed contract up to {amount} euro.',
        'A variable contract can be cancelled every month without a fee.',
        'Give the meter readings of the old address on the moving day, a photo is enough.',
        'A dynamic contract follows the hourly market price, check it in the app.',
        'The welcome letter shows the start date; if it differs, answer the letter within {n} days.',
        'When the new supplier switches you, the old contract ends automatically.',
      ],
    },
    nl: {
      products: ['energiecontract', 'vast contract', 'variabel contract', 'contractverlenging', 'verhuisdatum', 'nieuw adres', 'welkomstbrief', 'overstapservice', 'dynamisch contract'],
      problems: ['is automatisch verlengd', 'loopt nog op mijn oude adres', 'heeft een opzegvergoeding die ik niet verwachtte', 'heeft een andere startdatum', 'is per ongeluk opgezegd', 'staat dubbel op hetzelfde adres', 'is niet op tijd gestart', 'houdt na de verhuizing het oude tarief'],
      tasks: ['verhuis ik mijn contract', 'zeg ik mijn contract op', 'stap ik over op een dynamisch contract', 'zie ik mijn opzegvergoeding', 'verleng ik mijn vaste contract', 'zet ik mijn partner op het contract', 'neem ik een contract over', 'beëindig ik het contract na een overlijden'],
      advice: [
        'Geef de verhuisdatum minstens twee weken van tevoren door, dan verhuist het contract mee.',
        'De opzegvergoeding hangt af van de resterende maanden, bij een vast contract maximaal {amount} euro.',
        'Een variabel contract kun je elke maand beëindigen zonder vergoeding.',
        'Geef op de verhuisdag de meterstanden van het oude adres door, een foto is genoeg.',
        'Een dynamisch contract volgt de uurprijs op de markt, je ziet hem in de app.',
        'Bij overstappen eindigt het oude contract vanzelf.',
      ],
    },
    models: [],
    codes: [],
    tags: ['contract', 'moving', 'termination', 'switching', 'tariff'],
  },
  {
    slug: 'heat-pumps',
    name: 'Heat pumps',
    weight: 7,
    en: {
      products: ['heat pump', 'hybrid heat pump', 'thermostat', 'boiler', 'underfloor heating', 'outdoor unit', 'hot water tank', 'radiators', 'heating curve'],
      problems: ['uses far more power than expected', 'makes a loud noise at night', 'does not heat the water', 'shows error {code}', 'switches to the gas boiler all the time', 'freezes up in winter', 'lost its settings', 'keeps the house cold in the morning', 'does not react to the thermostat'],
      tasks: ['set the heating curve', 'lower the noise of the outdoor unit', 'read the heat pump usage', 'connect the thermostat', 'defrost the outdoor unit', 'apply for a subsidy', 'bleed the radiators'],
      advice: [
        'A lower heating curve saves power; start at {n} degrees supply temperature and lower it step by step.',
        'Error {code} on the {model} is about the water flow; check the filter and bleed the system.',
        'The outdoor unit defrosts itself, the steam is normal in winter.',
        'Set the thermostat to a constant temperature, a heat pump does not like night setbacks.',
        'The subsidy is requested after installation, with the invoice of the installer.',
        'Hybrid systems switch to gas below about {n} degrees outside, you can change that in the installer menu.',
      ],
    },
    nl: {
      products: ['warmtepomp', 'hybride warmtepomp', 'thermostaat', 'cv-ketel', 'vloerverwarming', 'buitenunit', 'boilervat', 'radiatoren', 'stooklijn'],
      problems: ['verbruikt veel meer stroom dan verwacht', 'maakt ’s nachts veel lawaai', 'verwarmt het water niet', 'geeft foutcode {code}', 'schakelt steeds over op de cv-ketel', 'bevriest in de winter', 'is de instellingen kwijt', 'houdt het huis koud in de ochtend', 'reageert niet op de thermostaat'],
      tasks: ['stel ik de stooklijn in', 'maak ik de buitenunit stiller', 'lees ik het verbruik van de warmtepomp', 'sluit ik de thermostaat aan', 'ontdooi ik de buitenunit', 'vraag ik subsidie aan', 'ontlucht ik de radiatoren'],
      advice: [
        'Een lagere stooklijn bespaart stroom; begin bij {n} graden aanvoertemperatuur en verlaag stap voor stap.',
        'Foutcode {code} op de {model} is een doorstroomprobleem; controleer het filter en ontlucht het systeem.',
        'De buitenunit ontdooit zichzelf, de stoom is in de winter normaal.',
        'Zet de thermostaat op een vaste temperatuur, een warmtepomp houdt niet van nachtverlaging.',
        'De subsidie vraag je na installatie aan, met de factuur van de installateur.',
      ],
    },
    models: [
      'Daikin Altherma 3', 'Quatt Hybrid', 'Mitsubishi Ecodan', 'Vaillant aroTHERM plus', 'Nefit EnviLine', 'Itho Daalderop WPU', 'Remeha Elga Ace', 'Intergas Xtend', 'Panasonic Aquarea',
      'Atlantic Explorer', 'Alpha Innotec', 'Tado', 'Nest', 'Honeywell Evohome', 'Plugwise Anna', 'Netatmo', 'Remeha eTwist', 'Nefit Easy', 'Toon thermostat', 'Daikin Altherma 3 R', 'LG Therma V',
    ],
    codes: F_CODES,
    tags: ['heat-pump', 'thermostat', 'installer', 'gas', 'electricity'],
  },
  {
    slug: 'mobile',
    name: 'Mobile',
    weight: 8,
    en: {
      products: ['mobile plan', 'SIM card', 'eSIM', 'data bundle', 'roaming', 'voicemail', 'phone number', 'prepaid credit', '5G', 'mobile internet'],
      problems: ['has no signal at home', 'was blocked after a top-up', 'charges roaming in the EU', 'runs out of data too fast', 'cannot call abroad', 'is not recognised by my new phone', 'shows no 5G', 'was not ported in time', 'gets spam calls'],
      tasks: ['activate my eSIM', 'keep my phone number', 'turn on roaming', 'check my data usage', 'block a lost SIM card', 'set up voicemail', 'add an extra SIM', 'use 5G'],
      advice: [
        'Switch off wifi calling and back on; on a {model} that fixes most calls that drop.',
        'Roaming in the EU costs nothing extra, outside the EU check the price list for {place}.',
        'Porting your number takes {n} working days after the old provider confirms.',
        'Code {code} means the SIM is not activated yet, restart the phone after an hour.',
        'Data runs out faster when apps update over mobile data; switch that off in the settings.',
        'The eSIM QR code works only once; ask for a new one in the app.',
      ],
    },
    nl: {
      products: ['mobiel abonnement', 'simkaart', 'eSIM', 'databundel', 'roaming', 'voicemail', 'telefoonnummer', 'beltegoed', '5G', 'mobiel internet'],
      problems: ['heeft thuis geen bereik', 'is geblokkeerd na het opwaarderen', 'rekent roaming in de EU', 'is te snel door de data heen', 'kan niet naar het buitenland bellen', 'wordt niet herkend door mijn nieuwe telefoon', 'toont geen 5G', 'is niet op tijd overgezet', 'krijgt spamtelefoontjes'],
      tasks: ['activeer ik mijn eSIM', 'houd ik mijn nummer', 'zet ik roaming aan', 'zie ik mijn dataverbruik', 'blokkeer ik een verloren simkaart', 'stel ik de voicemail in', 'vraag ik een extra sim aan', 'gebruik ik 5G'],
      advice: [
        'Zet bellen via wifi uit en weer aan; op een {model} lost dat de meeste belproblemen op.',
        'Roaming in de EU kost niets extra, buiten de EU staat de prijs voor {place} in de prijslijst.',
        'Nummerbehoud duurt {n} werkdagen nadat de oude provider akkoord geeft.',
        'Code {code} betekent dat de sim nog niet actief is, herstart de telefoon na een uur.',
        'De eSIM-QR-code werkt maar één keer; vraag een nieuwe aan in de app.',
      ],
    },
    models: [
      'iPhone 15', 'Samsung Galaxy S24', 'iPhone 13', 'Google Pixel 8', 'Samsung Galaxy A54', 'iPhone 16', 'iPhone 12', 'Fairphone 5', 'Samsung Galaxy S23', 'OnePlus 12', 'Motorola Edge 40',
      'Google Pixel 7a', 'Samsung Galaxy A35', 'Xiaomi Redmi Note 13', 'iPhone SE', 'Nokia G42', 'Fairphone 4', 'Samsung Galaxy Z Flip5', 'Oppo Find X5', 'Sony Xperia 10',
    ],
    codes: MOBILE_CODES,
    tags: ['sim', '5g', 'roaming', 'app'],
  },
  {
    slug: 'ev-charging',
    name: 'EV charging',
    weight: 6,
    en: {
      products: ['charging station', 'charging card', 'home charger', 'charging cable', 'smart charging', 'charging session', 'public charger', 'load balancing', 'charging costs'],
      problems: ['stops after ten minutes', 'does not start a session', 'charges at only {n} kW', 'shows error {code}', 'is not reimbursed by my employer', 'trips the RCD', 'loses the connection with the app', 'charges another tariff than agreed', 'does not recognise the card'],
      tasks: ['install a home charger', 'get my charging costs reimbursed', 'set up smart charging', 'order a charging card', 'use load balancing', 'charge cheaper at night', 'share my charger'],
      advice: [
        'Error {code} on the {model} is an earth fault; unplug the car and reset the RCD in the meter cupboard.',
        'Load balancing needs a CT clamp or the P1 port, otherwise the charger stays at 6 A.',
        'The reimbursement follows the kWh on the charging session export, once a month.',
        'Smart charging shifts the session to the cheapest hours; set a departure time in the app.',
        'A charging card works at most public chargers, roaming fees apply in {place}.',
        'My {model} did the same, a firmware update through the charger app sorted it.',
      ],
    },
    nl: {
      products: ['laadpaal', 'laadpas', 'thuislader', 'laadkabel', 'slim laden', 'laadsessie', 'openbare laadpaal', 'load balancing', 'laadkosten'],
      problems: ['stopt na tien minuten', 'start geen sessie', 'laadt maar met {n} kW', 'geeft foutcode {code}', 'wordt niet vergoed door mijn werkgever', 'laat de aardlekschakelaar uitslaan', 'verliest de verbinding met de app', 'rekent het verkeerde tarief', 'herkent de pas niet', 'knippert blauw'],
      tasks: ['installeer ik een thuislader', 'krijg ik mijn laadkosten vergoed', 'stel ik slim laden in', 'bestel ik een laadpas', 'gebruik ik load balancing', 'laad ik goedkoper in de nacht', 'deel ik mijn laadpaal'],
      advice: [
        'Foutcode {code} op de {model} is een aardfout; koppel de auto los en reset de aardlekschakelaar.',
        'Load balancing heeft een stroomtang of de P1-poort nodig, anders blijft de laadpaal op 6 A.',
        'De vergoeding volgt de kWh in de export van de laadsessies, eens per maand.',
        'Slim laden schuift de sessie naar de goedkoopste uren; stel een vertrektijd in in de app.',
        'Mijn {model} deed hetzelfde, een firmware-update via de laadpaal-app loste het op.',
      ],
    },
    models: [
      'Alfen Eve Single', 'Zaptec Go', 'Easee Home', 'Wallbox Pulsar Plus', 'EVBox Elvi', 'Peblar Home', 'Alfen Eve Double', 'Tesla Wall Connector', 'Zaptec Pro', 'Smappee EV Wall', 'Easee Charge',
      'Wallbox Commander 2', 'EVBox BusinessLine', 'Ratio io6', 'Tesla Model Y', 'Tesla Model 3', 'Kia EV6', 'Hyundai Ioniq 5', 'VW ID.3', 'Skoda Enyaq', 'Polestar 2', 'Kia Niro', 'Renault Zoe',
      'Nissan Leaf', 'MG4', 'BMW i4', 'Peugeot e-208', 'Volvo EX30', 'BYD Atto 3', 'VW ID.4',
    ],
    codes: CHARGER_CODES,
    tags: ['charging', 'installer', 'tariff', 'app'],
  },
  {
    slug: 'outages',
    name: 'Outages',
    weight: 6,
    en: {
      products: ['power', 'gas supply', 'internet', 'electricity', 'heating', 'street', 'neighbourhood', 'fuse box'],
      problems: ['has been out since this morning', 'goes off every few hours', 'is down in the whole street', 'came back but flickers', 'fails when it rains', 'went out after the storm'],
      tasks: ['report an outage', 'check if there is an outage near me', 'get compensation for an outage', 'reset the RCD in the fuse box', 'prepare for a planned outage'],
      advice: [
        'Check the outage map first; planned work in {place} is listed there with the expected end time.',
        'If only your house is out, check the RCD and the main fuse.',
        'Compensation is paid automatically for outages longer than four hours, about {amount} euro.',
        'Report it to the grid operator, not to the supplier, they send a technician.',
        'After a storm the repairs in {place} can take {n} hours.',
      ],
    },
    nl: {
      products: ['stroom', 'gaslevering', 'internet', 'elektriciteit', 'verwarming', 'straat', 'wijk', 'meterkast'],
      problems: ['is sinds vanochtend uitgevallen', 'valt elke paar uur uit', 'ligt in de hele straat plat', 'is terug maar knippert', 'valt uit als het regent', 'viel uit na de storm'],
      tasks: ['meld ik een storing', 'zie ik of er een storing in de buurt is', 'krijg ik een vergoeding voor een storing', 'reset ik de aardlekschakelaar', 'bereid ik me voor op een geplande onderbreking'],
      advice: [
        'Kijk eerst op de storingskaart; gepland werk in {place} staat daar met de verwachte eindtijd.',
        'Is alleen jouw huis zonder stroom, controleer dan de aardlekschakelaar en de hoofdzekering.',
        'Bij een storing langer dan vier uur krijg je automatisch een vergoeding, ongeveer {amount} euro.',
        'Meld het bij de netbeheerder, niet bij de leverancier, zij sturen een monteur.',
        'Na een storm kan het herstel in {place} {n} uur duren.',
      ],
    },
    models: ['Liander', 'Stedin', 'Enexis', 'Westland Infra', 'Coteq', 'Rendo'],
    codes: [],
    tags: ['outage', 'storm', 'electricity', 'gas', 'voltage'],
  },
  {
    slug: 'app',
    name: 'App & My account',
    weight: 5,
    en: {
      products: ['app', 'My account', 'login', 'password', 'two-step verification', 'notifications', 'usage graph', 'customer number', 'email address'],
      problems: ['logs me out every day', 'shows no usage for last week', 'does not accept my password', 'crashes on start', 'sends no code by text message', 'shows someone else’s address', 'shows error {code}', 'does not load the invoices'],
      tasks: ['reset my password', 'change my email address', 'turn on two-step verification', 'see my usage per hour', 'download the app data', 'close my account', 'link a second address'],
      advice: [
        'Log out, clear the app cache and log in again; on a {model} that fixes the login loop.',
        'Error {code} is a time-out on our side, try again in a few minutes.',
        'The usage graph fills in after the meter sends its readings, usually the next day.',
        'Two-step verification sends a code by text message; check that your phone number is right.',
        'You can download all your data as a file under Privacy in My account.',
      ],
    },
    nl: {
      products: ['app', 'Mijn account', 'inloggen', 'wachtwoord', 'tweestapsverificatie', 'meldingen', 'verbruiksgrafiek', 'klantnummer', 'e-mailadres'],
      problems: ['logt me elke dag uit', 'toont geen verbruik van vorige week', 'accepteert mijn wachtwoord niet', 'crasht bij het opstarten', 'stuurt geen sms-code', 'toont het adres van iemand anders', 'geeft foutcode {code}', 'laadt de facturen niet'],
      tasks: ['reset ik mijn wachtwoord', 'wijzig ik mijn e-mailadres', 'zet ik tweestapsverificatie aan', 'zie ik mijn verbruik per uur', 'download ik mijn gegevens', 'sluit ik mijn account', 'koppel ik een tweede adres'],
      advice: [
        'Log uit, wis de cache van de app en log opnieuw in; op een {model} lost dat de inloglus op.',
        'Foutcode {code} is een time-out bij ons, probeer het over een paar minuten opnieuw.',
        'De verbruiksgrafiek vult zich zodra de meter de standen stuurt, meestal de volgende dag.',
        'Tweestapsverificatie stuurt een sms-code; controleer of je telefoonnummer klopt.',
      ],
    },
    models: ['iPhone 15', 'Samsung Galaxy S24', 'Android 14', 'iOS 17', 'Google Pixel 8', 'iPad', 'Chrome', 'Safari', 'Firefox', 'Edge'],
    codes: APP_CODES,
    tags: ['app', 'account'],
  },
];

// Dutch places, larger and frequently mentioned ones first.
export const PLACES = [
  'Amsterdam', 'Rotterdam', 'Utrecht', 'Den Haag', 'Eindhoven', 'Groningen', 'Tilburg', 'Almere', 'Breda', 'Nijmegen', 'Apeldoorn', 'Arnhem', 'Haarlem', 'Enschede', 'Amersfoort', 'Zaanstad',
  'Den Bosch', 'Haarlemmermeer', 'Zwolle', 'Zoetermeer', 'Leiden', 'Leeuwarden', 'Maastricht', 'Dordrecht', 'Ede', 'Alphen aan den Rijn', 'Alkmaar', 'Emmen', 'Westland', 'Delft', 'Venlo',
  'Deventer', 'Sittard', 'Helmond', 'Oss', 'Amstelveen', 'Hilversum', 'Súdwest-Fryslân', 'Heerlen', 'Nissewaard', 'Hengelo', 'Purmerend', 'Meierijstad', 'Schiedam', 'Lelystad', 'Roosendaal',
  'Leidschendam', 'Gouda', 'Hoorn', 'Vlaardingen', 'Almelo', 'Spijkenisse', 'Assen', 'Capelle aan den IJssel', 'Veenendaal', 'Katwijk', 'Zeist', 'Nieuwegein', 'Roermond', 'Doetinchem',
  'Den Helder', 'Barneveld', 'Hoogeveen', 'Terneuzen', 'Kampen', 'Woerden', 'Heerhugowaard', 'Houten', 'Weert', 'Middelburg', 'Vlissingen', 'Harderwijk', 'Zutphen', 'Kerkrade', 'Tiel',
  'Bergen op Zoom', 'Waalwijk', 'Heerenveen', 'Rijswijk', 'Wijchen', 'Noordwijk', 'Uden', 'Oosterhout', 'Goes', 'Culemborg', 'Drachten', 'Sneek', 'Meppel', 'Steenwijk', 'Winterswijk',
  'Wageningen', 'Veghel', 'Boxtel', 'Valkenswaard', 'Geldrop', 'Nuenen', 'Best', 'Veldhoven', 'Waalre', 'Bergeijk', 'Eersel', 'Bladel', 'Reusel', 'Oirschot', 'Son en Breugel', 'Deurne',
  'Asten', 'Someren', 'Gemert', 'Boxmeer', 'Cuijk', 'Grave', 'Mill', 'Zeeland', 'Schijndel', 'Rosmalen', 'Vught', 'Drunen', 'Heusden', 'Kaatsheuvel', 'Dongen', 'Gilze', 'Rijen', 'Etten-Leur',
  'Zevenbergen', 'Moerdijk', 'Klundert', 'Steenbergen', 'Halsteren', 'Tholen', 'Zierikzee', 'Brouwershaven', 'Renesse', 'Domburg', 'Veere', 'Vrouwenpolder', 'Hulst', 'Axel', 'Sluis',
  'Oostburg', 'Breskens', 'Yerseke', 'Kapelle', 'Krabbendijke', 'Hellevoetsluis', 'Brielle', 'Rozenburg', 'Maassluis', 'Naaldwijk', 'Monster', 'Wateringen', 'Pijnacker', 'Nootdorp',
  'Berkel en Rodenrijs', 'Bleiswijk', 'Bergschenhoek', 'Waddinxveen', 'Boskoop', 'Bodegraven', 'Nieuwkoop', 'Kaag', 'Lisse', 'Hillegom', 'Sassenheim', 'Voorhout', 'Oegstgeest', 'Warmond',
  'Voorschoten', 'Wassenaar', 'Heemstede', 'Bloemendaal', 'Zandvoort', 'Velsen', 'IJmuiden', 'Beverwijk', 'Heemskerk', 'Castricum', 'Uitgeest', 'Krommenie', 'Wormerveer', 'Edam', 'Volendam',
  'Monnickendam', 'Landsmeer', 'Oostzaan', 'Diemen', 'Weesp', 'Muiden', 'Naarden', 'Bussum', 'Huizen', 'Blaricum', 'Laren', 'Baarn', 'Soest', 'Bunschoten', 'Spakenburg', 'Nijkerk',
  'Putten', 'Ermelo', 'Nunspeet', 'Elburg', 'Oldebroek', 'Hattem', 'Heerde', 'Epe', 'Vaassen', 'Twello', 'Voorst', 'Brummen', 'Dieren', 'Rheden', 'Velp', 'Duiven', 'Zevenaar', 'Didam',
  'Doesburg', 'Lochem', 'Borculo', 'Eibergen', 'Neede', 'Haaksbergen', 'Losser', 'Oldenzaal', 'Denekamp', 'Ootmarsum', 'Tubbergen', 'Vriezenveen', 'Rijssen', 'Holten', 'Raalte',
  'Ommen', 'Hardenberg', 'Dalfsen', 'Nijverdal', 'Wierden', 'Goor', 'Delden', 'Borne', 'Coevorden', 'Beilen', 'Westerbork', 'Roden', 'Peize', 'Zuidlaren', 'Veendam', 'Winschoten',
  'Stadskanaal', 'Ter Apel', 'Delfzijl', 'Appingedam', 'Uithuizen', 'Winsum', 'Bedum', 'Leek', 'Grootegast', 'Marum', 'Surhuisterveen', 'Buitenpost', 'Kollum', 'Dokkum', 'Franeker',
  'Harlingen', 'Bolsward', 'Workum', 'Joure', 'Lemmer', 'Wolvega', 'Oosterwolde', 'Gorredijk', 'Akkrum', 'Grou', 'Burgum', 'Terschelling', 'Ameland', 'Schiermonnikoog', 'Vlieland',
  'Texel', 'Schagen', 'Anna Paulowna', 'Wieringerwerf', 'Medemblik', 'Enkhuizen', 'Stede Broec', 'Andijk', 'Wervershoof', 'Heiloo', 'Bergen', 'Egmond aan Zee', 'Langedijk', 'Urk',
  'Emmeloord', 'Dronten', 'Biddinghuizen', 'Zeewolde', 'Valkenburg', 'Meerssen', 'Gulpen', 'Vaals', 'Simpelveld', 'Brunssum', 'Landgraaf', 'Geleen', 'Stein', 'Beek', 'Echt', 'Susteren',
  'Panningen', 'Helden', 'Horst', 'Sevenum', 'Venray', 'Gennep', 'Bergen (L)', 'Nederweert', 'Stramproy', 'Thorn', 'Maasbracht', 'Swalmen', 'Reuver', 'Tegelen', 'Blerick', 'Baarlo',
];

// Misspellings members make, each of a word the generator writes; used for a small share of words.
export const MISSPELLINGS: Record<string, string[]> = {
  invoice: ['invoise', 'invocie'],
  receive: ['recieve'],
  received: ['recieved'],
  address: ['adress'],
  separate: ['seperate'],
  definitely: ['definately'],
  electricity: ['electricty', 'elektricity'],
  inverter: ['invertor'],
  router: ['ruoter'],
  meter: ['metre'],
  thermostat: ['termostat', 'thermostate'],
  until: ['untill'],
  because: ['becuase'],
  which: ['wich'],
  weird: ['wierd'],
  occurred: ['occured'],
  panels: ['pannels'],
  connection: ['conection'],
  subscription: ['subscribtion'],
  factuur: ['faktuur'],
  zonnepanelen: ['zonepanelen', 'zonnenpanelen'],
  omvormer: ['omformer', 'omvormr'],
  storing: ['storring'],
  eigenlijk: ['eigelijk'],
  sowieso: ['zowiezo'],
  jaarafrekening: ['jaarafreking'],
  voorschot: ['voorschod'],
  glasvezel: ['glasvesel'],
  laadpaal: ['laatpaal'],
  warmtepomp: ['warmtepom'],
  thermostaat: ['termostaat'],
  abonnement: ['abbonement', 'abonement'],
  verhuizing: ['verhuising'],
  meterstand: ['meterstant'],
  netbeheerder: ['netbeheeder'],
};

/** Sentences of the English and Dutch threads that do not depend on the domain. */
export const SHARED = {
  en: {
    openers: ['Since', 'After', 'Right after', 'Ever since', 'Two days after', 'The week after'],
    events: ['the last update', 'moving house', 'a power cut', 'the meter swap', 'switching contracts', 'the storm', 'installing the app', 'changing my bank account', 'the new year', 'a visit from the installer', 'the heat wave', 'the price change', 'the renovation', 'the holidays', 'the new contract started'],
    times: ['yesterday', 'this morning', 'last week', 'a month ago', 'the weekend', 'two weeks ago', 'last night', 'since January', 'since the summer'],
    context: ['I live in {place} in a terraced house.', 'We moved to {place} in {month}.', 'The house is from {year}.', 'We are a family of {people} in {place}.', 'I rent an apartment in {place}.', 'Our flat in {place} was built in {year}.'],
    device: ['It is a {model}, installed {years} years ago.', 'My neighbours in {place} have the same {model}.', 'The installer from {place} placed a {model} last year.', 'I bought the {model} in {month}.'],
    details: [
      'I already restarted everything.',
      'The app says everything is fine.',
      'My neighbours do not have this problem.',
      'It happens mostly in the morning.',
      'I checked the fuse box and the cables.',
      'Customer service told me to wait a week.',
      'The display shows code {code}.',
      'My usage did not change at all.',
      'This costs me about {amount} euro a month.',
      'I have photos of the display.',
      'It started around {clock} and has not changed since.',
      'The same thing happened in {month} last year.',
      'Both the app and the website show the same numbers.',
      'I wrote down the readings every day since {month}.',
      'Nothing changed after the update to version {version}.',
    ],
    questions: ['What can I do?', 'Is this a known issue?', 'Who should I contact?', 'How do I fix this myself?', 'Is anyone else seeing this?', 'Should I ask for a technician?', 'Any tips?', 'Does anyone know what this means?', 'Can someone explain this?'],
    thanks: ['Thanks in advance.', 'Thanks!', 'Any help is welcome.', ''],
    comments: ['Thanks, that worked!', 'Which firmware version do you have?', 'Same problem here.', 'Can you post a photo?', 'Did you contact the grid operator?', 'Which model is it exactly?', 'That solved it for me too.', 'Where do I find that setting?', 'Good tip, I will try it tonight.'],
  },
  nl: {
    openers: ['Sinds', 'Na', 'Direct na', 'Vanaf', 'Twee dagen na', 'De week na'],
    events: ['de laatste update', 'mijn verhuizing', 'een stroomstoring', 'de meterwissel', 'het overstappen', 'de storm', 'het installeren van de app', 'een nieuw rekeningnummer', 'de jaarwisseling', 'het bezoek van de monteur', 'de hittegolf', 'de prijswijziging', 'de verbouwing', 'de vakantie', 'de start van het nieuwe contract'],
    times: ['gisteren', 'vanochtend', 'vorige week', 'een maand geleden', 'het weekend', 'twee weken geleden', 'vannacht', 'sinds januari', 'sinds de zomer'],
    context: ['Ik woon in een rijtjeshuis in {place}.', 'We zijn in {month} naar {place} verhuisd.', 'Het huis is van {year}.', 'We zijn met {people} personen in {place}.', 'Ik huur een appartement in {place}.', 'Onze flat in {place} is gebouwd in {year}.'],
    device: ['Het is een {model}, {years} jaar geleden geplaatst.', 'Mijn buren in {place} hebben dezelfde {model}.', 'De installateur uit {place} heeft vorig jaar een {model} geplaatst.', 'Ik heb de {model} in {month} gekocht.'],
    details: [
      'Ik heb alles al opnieuw opgestart.',
      'De app zegt dat alles in orde is.',
      'Mijn buren hebben hier geen last van.',
      'Het gebeurt vooral in de ochtend.',
      'Ik heb de meterkast en de kabels gecontroleerd.',
      'De klantenservice zei dat ik een week moet wachten.',
      'Op het display staat code {code}.',
      'Mijn verbruik is helemaal niet veranderd.',
      'Dit kost me ongeveer {amount} euro per maand.',
      'Ik heb foto’s van het display.',
      'Het begon rond {clock} en is sindsdien hetzelfde.',
      'In {month} vorig jaar gebeurde precies hetzelfde.',
      'De app en de website tonen dezelfde getallen.',
      'Ik heb de standen {n} dagen opgeschreven.',
      'Na de update naar versie {version} is er niets veranderd.',
    ],
    questions: ['Wat kan ik doen?', 'Is dit een bekend probleem?', 'Wie moet ik bellen?', 'Hoe los ik dit zelf op?', 'Heeft iemand anders dit ook?', 'Moet ik een monteur vragen?', 'Iemand tips?', 'Weet iemand wat dit betekent?', 'Kan iemand dit uitleggen?'],
    thanks: ['Alvast bedankt.', 'Bedankt!', 'Alle hulp is welkom.', ''],
    comments: ['Dank je, dat hielp!', 'Welke versie heb je?', 'Hier precies hetzelfde.', 'Kun je een foto plaatsen?', 'Heb je de netbeheerder al gebeld?', 'Welk model is het precies?', 'Bij mij ook opgelost.', 'Waar vind ik die instelling?', 'Goede tip, ik probeer het vanavond.'],
  },
};

/** Openers of complaints: the complaint detector reads these as strong negative emotion. */
export const COMPLAINT_LINES = {
  en: [
    'This is unacceptable, I have called {n} times and nobody helps me.',
    'Absolutely outrageous service, I want to file a complaint.',
    'Worst customer service ever, this is a disgrace.',
    'I am fed up with this, it is ridiculous that this takes {n} weeks.',
    'Terrible, nobody calls back and the invoice is simply wrong.',
  ],
  nl: [
    'Dit is onacceptabel, ik heb {n} keer gebeld en niemand helpt me.',
    'Schandalig hoe dit gaat, ik wil een klacht indienen.',
    'Slechtste klantenservice ooit, echt belachelijk.',
    'Ik ben het spuugzat, het is belachelijk dat dit {n} weken duurt.',
    'Waardeloos, niemand belt terug en de factuur klopt gewoon niet.',
  ],
};

export const MONTHS = {
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  nl: ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'],
};
