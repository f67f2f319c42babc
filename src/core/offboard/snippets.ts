/**
 * The markdown snippets contributed by the extension (snippets/markdown.json),
 * built from the same language packs as the checklist and the scripts. A unit
 * test keeps the committed file equal to this output; `npm run snippets`
 * rewrites it.
 */
import { KNOWN_TAGS, KnownTag } from '../tags';
import { SCRIPT_IDS, snippetBody } from './offboarding';
import { Language } from '../settings';
import { LANGUAGES, LanguagePack } from './templates';

export interface SnippetDefinition {
  prefix: string;
  description: string;
  body: string[];
}

const TODAY = '$CURRENT_YEAR-$CURRENT_MONTH-$CURRENT_DATE';
const NOW = '$CURRENT_HOUR:$CURRENT_MINUTE';

/** Facts a snippet can know without a note: today's date. */
function generic(language: Language) {
  return (slot: string): { snippet: string } | undefined => {
    if (slot === 'today') return { snippet: TODAY };
    if (slot === 'todayLong' && language === 'en') return { snippet: '$CURRENT_DATE $CURRENT_MONTH_NAME $CURRENT_YEAR' };
    return undefined;
  };
}

function checklistTemplate(pack: LanguagePack): string {
  const s = pack.steps;
  return [
    `## ${pack.heading}`,
    '',
    `- [ ] ${s.coolDown}`,
    `- [ ] ${s.contract}`,
    `- [ ] ${s.minimiseDamage}`,
    `  - [ ] {overdueList}`,
    `- [ ] ${s.meet}`,
    `- [ ] ${s.keepShort}`,
    `- [ ] ${s.notice}`,
    `- [ ] ${s.referral}`,
    '',
  ].join('\n');
}

/** How a contact entry starts: the channel (../shared/spec/note-format.md, contacts and own work). */
const CONTACT_OPENERS = ['Call', 'Email', 'WhatsApp', 'Slack', 'Message', 'Meeting', 'Feedback', 'Request'];
/** The tags a contact may carry, and those of own work (together, every known tag). */
export const OWN_WORK_SNIPPET_TAGS: readonly KnownTag[] = ['delivered', 'waiting', 'billed'];
export const CONTACT_SNIPPET_TAGS: readonly KnownTag[] = KNOWN_TAGS.filter((t) => !OWN_WORK_SNIPPET_TAGS.includes(t) || t === 'billed');

export function buildSnippets(): Record<string, SnippetDefinition> {
  const out: Record<string, SnippetDefinition> = {};
  const lines = (body: string) => body.replace(/\$0$/, '').split('\n').concat(body.endsWith('$0') ? ['$0'] : []);
  // A tag: its placeholder (`#urgent`, selected: Delete leaves it out) holds
  // the choice of the rest. A choice cannot start with an empty option: VS
  // Code then inserts the whole `${2|,…|}` as text.
  const tagChoice = (stop: number, tags: readonly string[]) => `\${${stop}:#\${${stop + 1}|${tags.join(',')}|}}`;

  out['Client note (frontmatter)'] = {
    prefix: 'cf-note',
    description: 'Client Friction: a new client note with its frontmatter',
    body: [
      '---',
      'client: ${1:Client name}',
      'status: ${2|lead,active,paused,offboarding,former|}',
      'contact: ${3:Name} <${4:email}>',
      `since: ${TODAY}`,
      'rate: ${5:0}',
      'currency: ${6:EUR}',
      'notice_days: ${7:30}',
      'revisions_included: ${8:2}',
      'hours: "${9:Mon-Fri 09:00-18:00}"',
      'contract: ${10:contracts/contract.pdf}',
      'scope: ${11:What was agreed}',
      'invoices: []',
      'tags: []',
      '---',
      '',
      '# ${1}',
      '',
      '## Log',
      `- ${TODAY} \${12:First contact}`,
      '$0',
    ],
  };
  out['Client log entry (now)'] = {
    prefix: 'cf-log',
    description: 'Client Friction: a contact (the client called, wrote or asked), stamped with the current date and time',
    body: [`- ${TODAY} ${NOW} \${1|${CONTACT_OPENERS.join(',')}|}: \${2:what they asked} ${tagChoice(3, CONTACT_SNIPPET_TAGS)}$0`],
  };
  out['Client log entry (with duration)'] = {
    prefix: 'cf-work',
    description: 'Client Friction: your own work with its time (2h, 45m): never counted as the client\'s after-hours contact',
    body: [`- ${TODAY} \${1:1.5h} \${2:What you did} ${tagChoice(3, OWN_WORK_SNIPPET_TAGS)}$0`],
  };
  out['Client invoice entry'] = {
    prefix: 'cf-invoice',
    description: 'Client Friction: an invoice in the frontmatter list (add paid: when it is paid)',
    body: ['  - id: ${1:INV-001}', '    amount: ${2:0}', `    issued: ${TODAY}`, '    due: ${3:YYYY-MM-DD}', '    # paid: YYYY-MM-DD$0'],
  };

  for (const language of Object.keys(LANGUAGES) as Language[]) {
    const pack = LANGUAGES[language];
    const tag = language === 'en' ? '' : `-${language}`;
    const known = generic(language);
    out[`${pack.snippets.checklist.title} [${language}]`] = {
      prefix: `cf-offboard${tag}`,
      description: `Client Friction: ${pack.snippets.checklist.title} (${pack.name})`,
      body: lines(snippetBody(checklistTemplate(pack), known, pack)),
    };
    for (const id of SCRIPT_IDS) {
      const script = pack.scripts[id];
      out[`${script.title} [${language}]`] = {
        prefix: `cf-script${tag}-${script.prefix}`,
        description: `Client Friction script: ${script.detail} (${pack.name})`,
        body: lines(snippetBody(script.body, known, pack)),
      };
    }
  }
  return out;
}

