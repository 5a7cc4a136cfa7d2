// Test helper: is a string well-formed XML? Written here rather than adding an XML parser as a
// dependency for one check; the JUnit report only uses elements, attributes and escaped text.

/**
 * A minimal XML 1.0 well-formedness check, enough for the JUnit report: one root, nested tags,
 * quoted attributes without `<` or duplicates, only the five named entities and character
 * references, no character XML cannot carry. Returns the problems found.
 */
export function checkWellFormed(xml: string): string[] {
  const problems: string[] = [];
  if (/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u.test(xml)) problems.push('character not allowed in XML');
  const badRef = (s: string) => /&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/.test(s);
  let rest = xml.replace(/^<\?xml[^?]*\?>/, '');
  const stack: string[] = [];
  let roots = 0;
  const name = '[A-Za-z_:][-A-Za-z0-9_:.]*';
  const tag = new RegExp(`^<(/?)(${name})((?:\\s+${name}\\s*=\\s*(?:"[^"<]*"|'[^'<]*'))*)\\s*(/?)>`);
  while (rest.length) {
    const lt = rest.indexOf('<');
    const textPart = lt < 0 ? rest : rest.slice(0, lt);
    if (badRef(textPart)) problems.push(`bad entity in text: ${textPart.slice(0, 40)}`);
    if (textPart.includes('>') && /]]>/.test(textPart)) problems.push(']]> in text');
    if (!stack.length && textPart.trim()) problems.push('text outside the root');
    if (lt < 0) break;
    rest = rest.slice(lt);
    const m = tag.exec(rest);
    if (!m) {
      problems.push(`bad markup at: ${rest.slice(0, 40)}`);
      break;
    }
    const [all, close, tagName, attrText, selfClose] = m;
    const attrNames = [...attrText!.matchAll(new RegExp(`(${name})\\s*=`, 'g'))].map((a) => a[1]);
    if (new Set(attrNames).size !== attrNames.length) problems.push(`duplicate attribute in <${tagName}>`);
    if (badRef(attrText!)) problems.push(`bad entity in attribute of <${tagName}>`);
    if (close) {
      if (stack.pop() !== tagName) problems.push(`</${tagName}> closes the wrong element`);
    } else {
      if (!stack.length && ++roots > 1) problems.push('more than one root');
      if (!selfClose) stack.push(tagName!);
    }
    rest = rest.slice(all!.length);
  }
  if (stack.length) problems.push(`unclosed: ${stack.join(', ')}`);
  if (roots !== 1) problems.push('no single root element');
  return problems;
}
