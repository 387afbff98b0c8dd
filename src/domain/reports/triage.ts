/**
 * First triage from the words of a report: whether someone may be in danger right now (then the
 * reporter is told to call 110 before anything else), and which colour to suggest. The officer
 * decides; these are suggestions, kept as data so a station can extend them.
 */
import { type Colour, findCategory } from './categories.js';

/** Immediate danger: weapons, fire, someone missing, someone hurt, a fight going on. */
const DANGER = [
  /[刀枪斧棍砍捅]|凶器|持械|动刀|拿刀|铁锹打/,
  /着火|起火|失火|火灾|烧起来|放火|纵火/,
  /(孩子|小孩|娃|老人|老太|老头|女儿|儿子).{0,6}(找不到|不见了|失踪|走丢|没回来|丢了)/,
  /(失踪|走失|走丢)/,
  /(流血|出血|昏迷|打伤|砍伤|要出人命|打死|杀人|自杀|跳河|喝农药)/,
  /(正在|在)(打架|打人|斗殴|砸)/,
  /\b(knife|gun|fire|missing child|bleeding)\b/i,
];

/** Words that make a dispute or clue more urgent than its category suggests. */
const RAISE_TO_RED = /(威胁|要杀|报复|打起来|动手|持械|群殴|聚众|扬言|上访|喝药|寻死|要出事)/;
const RAISE_TO_YELLOW = /(吵架|争吵|骂|推搡|多次|反复|一直|很多人|好几家|越来越)/;

export function suggestsDanger(text: string): boolean {
  const t = text.normalize('NFKC').slice(0, 5_000);
  return DANGER.some((pattern) => pattern.test(t));
}

export function suggestColour(categoryId: string, text: string): Colour {
  const base = findCategory(categoryId)?.colour ?? 'green';
  const t = text.normalize('NFKC').slice(0, 5_000);
  if (suggestsDanger(t) || RAISE_TO_RED.test(t)) return 'red';
  if (base === 'green' && RAISE_TO_YELLOW.test(t)) return 'yellow';
  return base;
}
