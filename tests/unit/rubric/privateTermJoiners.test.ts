// Breaker trial (session 8), F1 and F2, and a control character in ASCII text: a private term
// must be found where a reader reads it. A right-to-left override goes on across a soft line wrap
// (Markdown makes one paragraph of the lines); a joiner a reader reads straight through (snake
// case, a dotted or slashed name, a middle dot, the braille blank) stands for the space between
// two words; a control character that prints as nothing joins the letters beside it.
import { describe, expect, it } from 'vitest';
import { privateTermMatcher } from '../../../src/core/rubric/privateTermMatcher';

const matcher = privateTermMatcher(['Project Falcon', 'Acmebank', 'Iris'])!;
/** The source spans found, as written. */
const found = (text: string): string[] => matcher.find(text).map((m) => text.slice(m.start, m.end));

describe('private terms where a reader reads them', () => {
  it.each([
    // F1: the override is not ended by a soft wrap (shown as "Project Falcon")
    ['an override across a line wrap', 'We worked on \u202enoclaF\ntcejorP\u202c for the fraud team.', 'noclaF\ntcejorP\u202c'],
    ['an override across a CRLF wrap', 'We worked on \u202enoclaF\r\ntcejorP\u202c for them.', 'noclaF\r\ntcejorP\u202c'],
    ['an override across a wrap with emphasis', 'We worked on \u202enoclaF\n*tcejorP*\u202c for them.', 'noclaF\n*tcejorP*\u202c'],
    // F2: joiners a reader reads through
    ['an underscore', 'We shipped Project_Falcon last year.', 'Project_Falcon'],
    ['a dot', 'We shipped Project.Falcon last year.', 'Project.Falcon'],
    ['a slash', 'We shipped Project/Falcon last year.', 'Project/Falcon'],
    ['a backslash', 'See acme\\project\\falcon there.', 'project\\falcon'],
    ['a middle dot', 'We shipped Project\u00b7Falcon last year.', 'Project\u00b7Falcon'],
    ['a katakana middle dot (folds to the middle dot)', 'We shipped Project\u30fbFalcon last year.', 'Project\u30fbFalcon'],
    ['a hyphenation point', 'We shipped Project\u2027Falcon last year.', 'Project\u2027Falcon'],
    ['a full-width low line', 'We shipped Project\uff3fFalcon last year.', 'Project\uff3fFalcon'],
    ['a plus (a URL query)', 'See https://wiki.example/search?q=Project+Falcon today.', 'Project+Falcon'],
    ['a repository path', 'The repo acme/project_falcon holds it.', 'project_falcon'],
    ['the braille pattern blank', 'We shipped Project\u2800Falcon last year.', 'Project\u2800Falcon'],
    ['braille blanks around a one-word term', 'Our client\u2800Iris\u2800signed.', 'Iris'],
    // a control character that prints as nothing inside ASCII text
    ['U+0001', 'Our client Acme\u0001bank signed.', 'Acme\u0001bank'],
    ['U+001F', 'Our client Acme\u001fbank signed.', 'Acme\u001fbank'],
    ['DEL', 'Our client Acme\u007fbank signed.', 'Acme\u007fbank'],
    ['a C1 control', 'Our client Acme\u0085bank signed.', 'Acme\u0085bank'],
    ['a vertical tab (dropped by the Word export)', 'Our client Acme\u000bbank signed.', 'Acme\u000bbank'],
    ['a form feed (dropped by the Word export)', 'Our client Acme\u000cbank signed.', 'Acme\u000cbank'],
    ['a vertical tab as a space (a browser)', 'Ask Iris\u000babout it.', 'Iris'],
    ['a control inside emphasis', 'Our client *Acme\u0001bank* signed.', 'Acme\u0001bank'],
  ])('finds the term across %s', (_name, text, span) => {
    expect(found(text)).toEqual([span]);
  });

  it.each([
    ['a blank line inside the override (two paragraphs)', 'We worked on \u202enoclaF\n\ntcejorP\u202c for them.'],
    ['a sentence end between the words', 'We closed the project. Falcon came next.'],
    ['a comma between the words', 'The project, Falcon said, was late.'],
    ['two joiners in a row', 'The Project--Falcon split.'],
    ['a joiner that starts a longer word', 'The Project_Falconry repo.'],
    ['a letter after the control', 'Our client Acme\u0001banking signed.'],
  ])('does not find the term across %s', (_name, text) => {
    expect(found(text)).toEqual([]);
  });

  it('a term with a joiner of its own still needs that joiner or a space', () => {
    const m = privateTermMatcher(['x-ray lab'])!;
    const text = 'The x-ray lab, the x-ray_lab and the x_ray lab.';
    expect(m.find(text).map((x) => text.slice(x.start, x.end))).toEqual(['x-ray lab', 'x-ray_lab']);
  });
});
