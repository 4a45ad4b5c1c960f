import { expect } from '@open-wc/testing';
import { formatFeed, instantFields, instantFrom, withTextField } from '../../workbench/feed/feed-text.js';
import { jsonLocations, locate } from '../../workbench/feed/json-locations.js';

describe('the workbench’s feed text', () => {
  it('writes members in the documented order, unknown ones after them as they were, two spaces deep', () => {
    const text = formatFeed(
      JSON.parse('{"events":[{"start":"2024-01-01","x-note":"mine","title":"T","id":"a"}],"version":1,"__proto__":{"kept":true}}'),
    );
    expect(text).to.equal(
      '{\n  "version": 1,\n  "events": [\n    {\n      "id": "a",\n      "title": "T",\n      "start": "2024-01-01",\n      "x-note": "mine"\n    }\n  ],\n  "__proto__": {\n    "kept": true\n  }\n}\n',
    );
    expect(formatFeed(JSON.parse(text))).to.equal(text);
  });

  it('keeps a Text a plain string while every language says the same, else one value per language', () => {
    expect(withTextField('Fafo', 'en', 'Fafo')).to.equal('Fafo');
    expect(withTextField('Fafo', 'en', 'Fafo Institute')).to.deep.equal({ nb: 'Fafo', en: 'Fafo Institute', sv: 'Fafo', da: 'Fafo' });
    expect(withTextField({ nb: 'Om', fr: 'À propos' }, 'nb', '')).to.deep.equal({ fr: 'À propos' });
    expect(withTextField({ nb: 'Om' }, 'nb', '')).to.equal(undefined);
  });

  it('writes a wall-clock time with the zone’s offset on that day, and reads it back in the zone', () => {
    expect(instantFrom({ date: '2027-01-14', time: '09:30' }, 'Europe/Oslo')).to.equal('2027-01-14T09:30:00+01:00');
    expect(instantFrom({ date: '2027-07-14', time: '09:30' }, 'Europe/Oslo')).to.equal('2027-07-14T09:30:00+02:00');
    expect(instantFrom({ date: '2027-07-14', time: '' }, 'Europe/Oslo')).to.equal('2027-07-14');
    expect(instantFields('2027-07-14T07:30:00Z', 'Europe/Stockholm')).to.deep.equal({ date: '2027-07-14', time: '09:30' });
    expect(instantFields('2027-07-14', 'Europe/Oslo')).to.deep.equal({ date: '2027-07-14', time: '' });
  });

  it('places each value of a JSON text by its path, a missing member at the object that lacks it', () => {
    const text = '{ "events": [ { "id": "a" }, { "id": "b", "start": "x" } ] }';
    const locations = jsonLocations(text);
    const at = (path: (string | number)[]) => {
      const range = locate(locations, path)!;
      return text.slice(range.start, range.end);
    };
    expect(at(['events', 1, 'start'])).to.equal('"x"');
    expect(at(['events', 0, 'start'])).to.equal('{ "id": "a" }');
    expect(at(['events'])).to.equal('[ { "id": "a" }, { "id": "b", "start": "x" } ]');
  });
});
