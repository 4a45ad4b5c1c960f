import { expect } from '@open-wc/testing';
import { browserLocale } from '../../workbench/browser-language.js';
import { explainReason, itemName } from '../../workbench/checker/reasons.js';
import { validateFeed } from '../../src/core/validator/validate.js';

describe('the workbench’s language', () => {
  it('is the first of the browser’s languages that it speaks', () => {
    expect(browserLocale(['en-US', 'nb-NO'])).to.equal('en');
    expect(browserLocale(['de-DE', 'sv-SE', 'en'])).to.equal('sv');
    expect(browserLocale(['no'])).to.equal('nb');
    expect(browserLocale(['da'])).to.equal('da');
    expect(browserLocale(['de', 'fr'])).to.equal(undefined);
  });
});

describe('the checker’s reasons', () => {
  const problemsOf = (events: unknown[]) => {
    const result = validateFeed({ version: 1, events }, 'https://www.fafo.no/nsiw/feed.json');
    return [...result.skipped, ...result.dropped];
  };

  it('name the item and the field as the form does, in words, with an example of the right form', () => {
    const [problem] = problemsOf([{ id: 'event', title: 'Seminar', start: '' }]);
    expect(itemName(problem!.collection, problem!.index, problem!.id)).to.equal('Event 1 ("event")');
    const reason = explainReason(problem!);
    expect(reason).to.equal(
      'Start (empty) is not a date. Write a date as 2027-10-12, or a date and time with its offset from UTC as 2027-10-12T12:30:00+02:00.',
    );
    expect(reason).not.to.contain('ISO');
  });

  it('explain every mistake the form can leave, none in the validator’s English', () => {
    const problems = problemsOf([
      { id: 'a', title: 'A', start: '2027-09-31' },
      { id: 'b', title: 'B', start: '2027-10-12', timeZone: 'Oslo' },
      { id: 'c', title: 'C', start: '2027-10-12', location: { country: 'Sverige' } },
      { id: 'd', title: 'D', start: '2027-10-12', url: 'javascript:alert(1)' },
      { id: 'e', title: 'E', start: '2027-10-12', end: '2027-10-11' },
      { id: 'b', title: 'B again', start: '2027-10-12' },
      { id: 'h', start: '2027-10-12' },
      { id: 'i', title: 'I', start: '2027-10-12', status: 'done' },
      { id: 'j', title: 'J', start: '2027-10-12', description: 'See [the page](javascript:alert(1))' },
    ]);
    expect(problems.length).to.equal(9);
    for (const problem of problems) expect(explainReason(problem), problem.reason).not.to.equal(problem.reason);
  });
});
