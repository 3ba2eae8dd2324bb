import en from '../../search/sentiment/en.json' with { type: 'json' };
import nl from '../../search/sentiment/nl.json' with { type: 'json' };
import {
  ComplaintDetector,
  DEFAULT_COMPLAINT_THRESHOLD,
  detectComplaint,
  guessLanguage,
  type SentimentLexicon,
} from './complaint-detector.js';

const body = (text: string, language?: 'en' | 'nl') => detectComplaint({ body: text }, language ? { language } : {});

describe('detectComplaint: English', () => {
  it('fires on an explicit complaint and names the phrase', () => {
    const r = body('I want to file a complaint about the engineer who never showed up.');
    expect(r).toMatchObject({ isComplaint: true, language: 'en', threshold: DEFAULT_COMPLAINT_THRESHOLD });
    expect(r.matchedPhrases).toEqual(['file a complaint', 'never showed up']);
    expect(r.score).toBeGreaterThan(0.8);
    expect(r.score).toBeLessThanOrEqual(1);
  });

  it('prefers the longest phrase: "worst service" rather than "worst"', () => {
    const r = body('Honestly the worst service I have had from an energy company.');
    expect(r.isComplaint).toBe(true);
    expect(r.matchedPhrases).toEqual(['worst service']);
  });

  it.each([
    'The new meter is not bad at all.',
    'No problem with the speed, I only wonder about the upload.',
    "I'm not complaining, I just want to understand the annual statement.",
    "Can't complain about the service, everything was arranged in a day.",
    'Never had a single problem with the connection.',
  ])('does not fire on a negated negative: %s', (text) => {
    const r = body(text);
    expect(r.isComplaint).toBe(false);
    expect(r.matchedPhrases).toEqual([]);
  });

  it('fires on negated praise and quotes the negation', () => {
    const r = body('Two weeks without internet is simply not acceptable.');
    expect(r.isComplaint).toBe(true);
    expect(r.matchedPhrases).toContain('not acceptable');
  });

  it('stops a negation at the end of the clause', () => {
    const r = body('No problem with the installation, but the invoice is a disgrace.');
    expect(r.isComplaint).toBe(true);
    expect(r.matchedPhrases).toEqual(['disgrace']);
  });

  it('does not let the negator of "never had such" cancel what follows', () => {
    expect(body('I have never had such terrible service from anyone.').matchedPhrases).toContain('terrible');
  });

  it('does not fire on a calm question about a problem', () => {
    const r = body('My internet drops every evening around 8 pm. The modem lights stay on. Has anyone found a fix?');
    expect(r.isComplaint).toBe(false);
    expect(r.score).toBeLessThan(0.3);
  });

  it('does not fire on a calm question about cancelling', () => {
    expect(body('How do I cancel my contract when I move abroad in May?').isComplaint).toBe(false);
  });

  it('lets modifiers raise and lower a weight', () => {
    const plain = body('I am disappointed with the invoice.').score;
    expect(body('I am really disappointed with the invoice.').score).toBeGreaterThan(plain);
    expect(body('The app is a bit annoying.').score).toBeLessThan(body('The app is annoying.').score);
  });

  it('treats all caps and repeated exclamation marks as weak signals only', () => {
    const calm = body('The installer is late, is there a new time?');
    const shouted = body('The installer is LATE!!! Is there a new time??');
    expect(shouted.score).toBeGreaterThan(calm.score);
    expect(shouted.signals.map((s) => s.kind)).toEqual(expect.arrayContaining(['all-caps', 'exclamations', 'questions']));
    expect(body('SMART METER INSTALLATION: which day?').isComplaint).toBe(false);
    expect(body('Thanks, it works again!!').isComplaint).toBe(false);
  });

  it('catches the plain sarcasm idiom, not every sarcastic post', () => {
    expect(body('Thanks for nothing. Still waiting for the technician.').isComplaint).toBe(true);
  });

  it('counts a phrase repeated from the title once', () => {
    const once = detectComplaint({ body: 'This is outrageous.' });
    const twice = detectComplaint({ title: 'Outrageous', body: 'This is outrageous.' });
    expect(twice.score).toBe(once.score);
  });

  it('reads the title too', () => {
    const r = detectComplaint({ title: 'Worst service ever', body: 'See the subject. Nobody answers the phone.' });
    expect(r.isComplaint).toBe(true);
    expect(r.matchedPhrases[0]).toBe('Worst service');
  });
});

describe('detectComplaint: Dutch', () => {
  it.each([
    ['Ik wil een klacht indienen over de monteur.', 'klacht indienen'],
    ['Dit is echt schandalig, niemand belt terug.', 'schandalig'],
    ['Al drie weken geen internet en niemand reageert op mijn mails.', 'Al drie weken'],
    ['Ik ben er klaar mee, ik ga mijn contract opzeggen.', 'ga mijn contract opzeggen'],
  ])('fires on "%s" and names "%s"', (text, phrase) => {
    const r = body(text);
    expect(r).toMatchObject({ isComplaint: true, language: 'nl' });
    expect(r.matchedPhrases).toContain(phrase);
  });

  it.each([
    'De nieuwe meter is echt niet slecht.',
    'Geen probleem hoor, het werkt weer.',
    'Geen klacht, wel een vraag over de vaste leveringskosten.',
    'Ik kan niet klagen over de snelheid.',
  ])('does not fire on a negated negative: %s', (text) => {
    const r = body(text);
    expect(r.isComplaint).toBe(false);
    expect(r.matchedPhrases).toEqual([]);
  });

  it('reads a negation after the verb: "klopt niet", "niet normaal"', () => {
    expect(body('De jaarafrekening klopt niet.').matchedPhrases).toEqual(['klopt niet']);
    expect(body('Dit is niet normaal meer, los het op.').matchedPhrases).toEqual(['niet normaal']);
  });

  it('does not fire on a calm question about cancelling or an outage', () => {
    expect(body('Hoe kan ik mijn contract opzeggen als ik naar het buitenland verhuis?').isComplaint).toBe(false);
    expect(body('Is er een storing bekend in Amersfoort? Even checken voor ik herstart.').isComplaint).toBe(false);
  });

  it('does not let "nog nooit zo\'n" cancel what follows', () => {
    expect(body("Ik heb nog nooit zo'n slechte service gehad.").isComplaint).toBe(true);
  });

  it('matches accented and unaccented spellings alike', () => {
    expect(body('Een officiële klacht, dat wordt het.').matchedPhrases).toEqual(['officiële klacht']);
  });
});

describe('language', () => {
  it('is guessed from common words, English on a tie', () => {
    expect(guessLanguage('Mijn internet doet het niet sinds gisteren')).toBe('nl');
    expect(guessLanguage('My internet has not worked since yesterday')).toBe('en');
    expect(guessLanguage('')).toBe('en');
  });

  it('can be given, which selects the word lists', () => {
    expect(body('schandalig', 'en').isComplaint).toBe(false);
    expect(body('schandalig', 'nl').isComplaint).toBe(true);
  });
});

describe('threshold and lexicons', () => {
  it('takes the threshold as a parameter', () => {
    const text = 'I am a bit disappointed about the delay.';
    expect(body(text).isComplaint).toBe(false);
    expect(detectComplaint({ body: text }, { threshold: 0.2 })).toMatchObject({ isComplaint: true, threshold: 0.2 });
    expect(() => detectComplaint({ body: text }, { threshold: 0 })).toThrow(RangeError);
    expect(() => detectComplaint({ body: text }, { threshold: 1.5 })).toThrow(RangeError);
  });

  it('scores with whatever word lists it is given', () => {
    const custom = new ComplaintDetector({
      en: { ...(en as SentimentLexicon), negative: { 'smart meter': 2 } },
      nl: nl as SentimentLexicon,
    });
    expect(custom.assess({ body: 'My smart meter.' }, { language: 'en' }).matchedPhrases).toEqual(['smart meter']);
    expect(custom.assess({ body: 'This is outrageous.' }, { language: 'en' }).isComplaint).toBe(false);
  });

  it('refuses a lexicon with a bad weight or an unknown pattern class', () => {
    const base = en as SentimentLexicon;
    expect(() => new ComplaintDetector({ en: { ...base, negative: { bad: -1 } }, nl: nl as SentimentLexicon })).toThrow(/weight/);
    expect(() => new ComplaintDetector({ en: { ...base, negative: { '{day} later': 1 } }, nl: nl as SentimentLexicon })).toThrow(/class/);
  });
});
