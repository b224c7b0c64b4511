// A small element tree of an XML part of a Word package, read synchronously with saxes (so a
// .docx is read in the same pass as a Markdown file, on any thread). Names are namespace-local:
// Word's parts use one namespace per vocabulary, and the reader asks for `p`, `r`, `t` … in the
// WordprocessingML namespace through `isW`.
import { SaxesParser } from 'saxes';

export const W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
export const MC_NS = 'http://schemas.openxmlformats.org/markup-compatibility/2006';

export interface XmlElement {
  uri: string;
  local: string;
  /** Attributes by local name (`w:val` → `val`). */
  attrs: Record<string, string>;
  children: XmlNode[];
}

export type XmlNode = XmlElement | string;

export class XmlError extends Error {}

/** Parses one XML document into elements and text (text only where `keepText` says the element holds text). */
export function parseXml(text: string, keepText: (parent: XmlElement) => boolean = () => true): XmlElement {
  const parser = new SaxesParser({ xmlns: true, position: false });
  const root: XmlElement = { uri: '', local: '#document', attrs: {}, children: [] };
  const stack: XmlElement[] = [root];
  let failure: Error | undefined;
  parser.on('error', (error) => {
    failure ??= error;
  });
  parser.on('opentag', (tag) => {
    const attrs: Record<string, string> = {};
    for (const attribute of Object.values(tag.attributes)) {
      if (typeof attribute === 'object') attrs[attribute.local] = attribute.value;
    }
    const element: XmlElement = { uri: tag.uri ?? '', local: tag.local ?? tag.name, attrs, children: [] };
    stack[stack.length - 1]!.children.push(element);
    stack.push(element);
  });
  parser.on('closetag', () => {
    stack.pop();
  });
  parser.on('text', (value) => {
    const parent = stack[stack.length - 1]!;
    if (parent !== root && keepText(parent)) parent.children.push(value);
  });
  parser.write(text).close();
  if (failure) throw new XmlError(failure.message);
  return root;
}

/** Whether a node is the WordprocessingML element `local` (no type narrowing: a node that is not `w:p` is still an element). */
export function isW(node: XmlNode | undefined, local: string): boolean {
  return typeof node === 'object' && node.local === local && node.uri === W_NS;
}

/** The first child element in the WordprocessingML namespace with this name. */
export function wChild(element: XmlElement | undefined, local: string): XmlElement | undefined {
  if (!element) return undefined;
  for (const child of element.children) if (typeof child === 'object' && isW(child, local)) return child;
  return undefined;
}

export function wChildren(element: XmlElement, local: string): XmlElement[] {
  return element.children.filter((child): child is XmlElement => typeof child === 'object' && isW(child, local));
}

/** The text directly inside an element. */
export function textOf(element: XmlElement | undefined): string {
  if (!element) return '';
  let text = '';
  for (const child of element.children) if (typeof child === 'string') text += child;
  return text;
}

/** A `w:val` on/off property (`<w:b/>`, `<w:b w:val="0"/>`); undefined when absent. */
export function onOff(element: XmlElement | undefined): boolean | undefined {
  if (!element) return undefined;
  const value = element.attrs.val;
  return value === undefined || !['0', 'false', 'off', 'none'].includes(value);
}

/** The first descendant element (depth first) with this namespace-local name in any namespace. */
export function findFirst(element: XmlElement, local: string): XmlElement | undefined {
  const stack: XmlNode[] = [...element.children].reverse();
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (typeof node === 'string') continue;
    if (node.local === local) return node;
    for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
  }
  return undefined;
}
