// The text of `dossier --help`.
export const HELP = `dossier — check and move interview-prep documents from the command line

Usage:
  dossier check FILE.md [--company SLUG] [--lang en|zh] [--json]
                                                    check a document against the rubric
                                                    (exit 0: no errors, 1: errors, 2: bad input
                                                    or output that cannot be written);
                                                    findings are in the draft's language (a
                                                    Chinese draft gets Chinese findings) unless
                                                    --lang en or --lang zh says otherwise
  dossier export FILE.md --format docx|pdf|html|md --out PATH [--company SLUG]
                [--layout normal|compact] [--design classic|modern] [--check]
                                                    write a file to send; --layout compact
                                                    (or --compact) tightens spacing and margins
                                                    when a one-page PDF runs over;
                                                    --out - prints html or md instead;
                                                    --check also says how many errors the
                                                    rubric still finds
  dossier init [--workspace DIR] [--sample]         create a workspace (with the sample company)
  dossier import FILE.md [--workspace DIR]          add a Markdown document to a company folder
  dossier templates [--json]                        the document templates and their sections
  dossier rules [--json]                            every rubric rule and what it protects
  dossier questions --company SLUG [--round ID] [--json]
                                                    interview questions per round (a folder adds
                                                    answers and readiness; a profile id, the bank)
  dossier --help                                    this text

--company takes a profile id (wells-fargo, jpmorgan, american-express, fintech), a company
folder of the workspace, or a company's everyday name (jpmorgan-chase, Amex, Stripe). The workspace is --workspace DIR, else $DOSSIER_WORKSPACE, else
~/Documents/Dossier.
`;
