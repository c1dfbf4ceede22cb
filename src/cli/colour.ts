// Colour on a terminal, and only there: FORCE_COLOR (any value but 0/false) turns it on, NO_COLOR
// (any non-empty value, no-color.org) off, and otherwise only a TTY that is not TERM=dumb gets it.
// Colour is added to text that is already safe (output/writer.ts), to words of our own formats
// only: the severity of a finding, "warning:"/"note:" prefixes, our error prefix, test marks.

export interface ColourStream {
  isTTY?: boolean;
}

export function wantsColour(env: Readonly<Record<string, string | undefined>>, stream: ColourStream): boolean {
  const force = env.FORCE_COLOR;
  if (force !== undefined) return !['0', 'false', 'no'].includes(force.trim().toLowerCase());
  if (env.NO_COLOR) return false;
  return stream.isTTY === true && env.TERM !== 'dumb';
}

const sgr = (code: string) => (s: string) => `\x1b[${code}m${s}\x1b[0m`;
const red = sgr('31');
const boldRed = sgr('1;31');
const yellow = sgr('33');
const cyan = sgr('36');
const green = sgr('32');

/** Colours the words our renderers use as markers, line by line. */
export function colourise(text: string): string {
  return text
    .replace(/(: )(error)( MMA\d{3}:)/g, (_m, a: string, w: string, b: string) => `${a}${red(w)}${b}`)
    .replace(/(: )(warning)( MMA\d{3}:)/g, (_m, a: string, w: string, b: string) => `${a}${yellow(w)}${b}`)
    .replace(/^(mm-apps-deploy:)( )/gm, (_m, p: string, s: string) => `${boldRed(p)}${s}`)
    .replace(/^(warning:)/gm, (_m, w: string) => yellow(w))
    .replace(/^(note:)/gm, (_m, w: string) => cyan(w))
    .replace(/^\[ok\]/gm, (m) => green(m))
    .replace(/^\[FAIL\]/gm, (m) => red(m));
}
