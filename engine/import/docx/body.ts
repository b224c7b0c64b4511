// The body of a Word document as blocks: paragraphs (with their heading level, list level and
// runs of bold and italic text) and tables, in reading order. Styles give heading levels (by
// name — Word stores built-in names in English, "heading 1", whatever the user's language — or
// by outline level), numbering tells numbered lists from bullets, and only what is shown counts:
// deleted revisions, hidden text and field codes are left out.
import { findFirst, isW, MC_NS, onOff, parseXml, textOf, wChild, wChildren, type XmlElement, type XmlNode } from './xml.ts';

export interface Run {
  text: string;
  bold: boolean;
  italic: boolean;
}

export interface ParagraphBlock {
  kind: 'paragraph';
  /** 1-based number among the document's non-empty paragraphs (table cells included), in reading order. */
  number: number;
  runs: Run[];
  /** 1–9 for a heading, 0 for the document title (Title style). */
  heading?: number;
  list?: { level: number; ordered: boolean; numId: string };
}

export interface TableBlock {
  kind: 'table';
  /** Rows of cells; each cell its paragraphs. */
  rows: ParagraphBlock[][][];
}

export type Block = ParagraphBlock | TableBlock;

interface StyleInfo {
  name: string;
  basedOn?: string;
  outlineLevel?: number;
  numId?: string;
  numLevel?: number;
  bold?: boolean;
}

interface Numbering {
  /** numId → level → ordered. */
  ordered(numId: string, level: number): boolean;
}

function readStyles(xml: string | undefined): Map<string, StyleInfo> {
  const styles = new Map<string, StyleInfo>();
  if (!xml) return styles;
  const root = parseXml(xml, (parent) => parent.local === 'name');
  const top = root.children.find((node): node is XmlElement => typeof node === 'object');
  if (!top) return styles;
  for (const style of wChildren(top, 'style')) {
    const id = style.attrs.styleId;
    if (!id) continue;
    const info: StyleInfo = { name: (wChild(style, 'name')?.attrs.val ?? id).toLowerCase() };
    const basedOn = wChild(style, 'basedOn')?.attrs.val;
    if (basedOn) info.basedOn = basedOn;
    const pPr = wChild(style, 'pPr');
    const outline = wChild(pPr, 'outlineLvl')?.attrs.val;
    if (outline !== undefined && /^\d$/.test(outline)) info.outlineLevel = Number(outline);
    const numPr = wChild(pPr, 'numPr');
    const numId = wChild(numPr, 'numId')?.attrs.val;
    if (numId) info.numId = numId;
    const ilvl = wChild(numPr, 'ilvl')?.attrs.val;
    if (ilvl !== undefined) info.numLevel = Number(ilvl) || 0;
    const bold = onOff(wChild(wChild(style, 'rPr'), 'b'));
    if (bold !== undefined) info.bold = bold;
    styles.set(id, info);
  }
  return styles;
}

function readNumbering(xml: string | undefined): Numbering {
  if (!xml) return { ordered: () => false };
  const root = parseXml(xml, () => false);
  const top = root.children.find((node): node is XmlElement => typeof node === 'object');
  const abstract = new Map<string, Map<number, boolean>>();
  const nums = new Map<string, { abstractId: string; overrides: Map<number, boolean> }>();
  const levelsOf = (element: XmlElement): Map<number, boolean> => {
    const levels = new Map<number, boolean>();
    for (const level of wChildren(element, 'lvl')) {
      const format = wChild(level, 'numFmt')?.attrs.val ?? 'decimal';
      levels.set(Number(level.attrs.ilvl ?? 0), format !== 'bullet' && format !== 'none');
    }
    return levels;
  };
  if (top) {
    for (const element of wChildren(top, 'abstractNum')) abstract.set(element.attrs.abstractNumId ?? '', levelsOf(element));
    for (const element of wChildren(top, 'num')) {
      const overrides = new Map<number, boolean>();
      for (const override of wChildren(element, 'lvlOverride')) {
        const level = wChild(override, 'lvl');
        if (level) for (const [ilvl, ordered] of levelsOf({ ...override, children: [level] })) overrides.set(Number(override.attrs.ilvl ?? ilvl), ordered);
      }
      nums.set(element.attrs.numId ?? '', { abstractId: wChild(element, 'abstractNumId')?.attrs.val ?? '', overrides });
    }
  }
  return {
    ordered(numId, level) {
      const num = nums.get(numId);
      if (!num) return false;
      return num.overrides.get(level) ?? abstract.get(num.abstractId)?.get(level) ?? false;
    },
  };
}

const HEADING_NAME = /^(?:heading|overskrift)\s*(\d)$/;
/** Styles of a table of contents: "toc 1" … "toc 9", "TOC Heading", and the Danish names. */
const TABLE_OF_CONTENTS = /^(?:toc\b|indholdsfortegnelse|table of contents)/;

class BodyReader {
  private paragraphs = 0;

  constructor(
    private readonly styles: Map<string, StyleInfo>,
    private readonly numbering: Numbering,
  ) {}

  /** A style and the styles it is based on, nearest first (bounded: a loop in basedOn ends it). */
  private styleChain(id: string | undefined): StyleInfo[] {
    const chain: StyleInfo[] = [];
    for (let current = id, i = 0; current && i < 10; i++) {
      const style = this.styles.get(current);
      if (!style) break;
      chain.push(style);
      current = style.basedOn;
    }
    return chain;
  }

  blocks(container: XmlElement): Block[] {
    const out: Block[] = [];
    for (const child of container.children) this.block(child, out);
    return out;
  }

  private block(node: XmlNode, out: Block[]): void {
    if (typeof node === 'string') return;
    if (isW(node, 'p')) this.paragraph(node, out);
    else if (isW(node, 'tbl')) out.push(this.table(node));
    else if (isW(node, 'sdt')) {
      const content = wChild(node, 'sdtContent');
      if (content) for (const child of content.children) this.block(child, out);
    } else if (isW(node, 'customXml') || isW(node, 'ins') || isW(node, 'smartTag')) {
      for (const child of node.children) this.block(child, out);
    } else if (node.uri === MC_NS && node.local === 'AlternateContent') {
      const choice = node.children.find((child): child is XmlElement => typeof child === 'object' && child.local === 'Choice');
      if (choice) for (const child of choice.children) this.block(child, out);
    }
  }

  private table(element: XmlElement): TableBlock {
    const rows: ParagraphBlock[][][] = [];
    for (const row of wChildren(element, 'tr')) {
      const cells: ParagraphBlock[][] = [];
      for (const cell of wChildren(row, 'tc')) {
        const inner: Block[] = [];
        for (const child of cell.children) this.block(child, inner);
        // A nested table's paragraphs join the cell's.
        const paragraphs = inner.flatMap((block) => (block.kind === 'paragraph' ? [block] : block.rows.flat(2)));
        const span = Number(wChild(wChild(cell, 'tcPr'), 'gridSpan')?.attrs.val ?? 1);
        cells.push(paragraphs);
        for (let i = 1; i < span && i < 50; i++) cells.push([]);
      }
      rows.push(cells);
    }
    return { kind: 'table', rows };
  }

  private paragraph(element: XmlElement, out: Block[]): void {
    const pPr = wChild(element, 'pPr');
    const styleId = wChild(pPr, 'pStyle')?.attrs.val;
    const chain = this.styleChain(styleId);
    const runs: Run[] = [];
    const boxes: XmlElement[] = [];
    const styleBold = chain.find((style) => style.bold !== undefined)?.bold ?? false;
    this.runs(element, runs, boxes, styleBold, false);
    const text = runs.map((run) => run.text).join('');
    // The table of contents repeats the headings with page numbers: counted as paragraphs (a reader sees them), not read.
    if (text.trim() !== '' && chain[0] && TABLE_OF_CONTENTS.test(chain[0].name)) this.paragraphs++;
    else if (text.trim() !== '') {
      const block: ParagraphBlock = { kind: 'paragraph', number: ++this.paragraphs, runs };
      const heading = this.headingLevel(pPr, chain);
      if (heading !== undefined) block.heading = heading;
      else {
        const numPr = wChild(pPr, 'numPr');
        const numId = wChild(numPr, 'numId')?.attrs.val ?? chain.find((style) => style.numId)?.numId;
        if (numId && numId !== '0') {
          const level = Number(wChild(numPr, 'ilvl')?.attrs.val ?? chain.find((style) => style.numLevel !== undefined)?.numLevel ?? 0) || 0;
          block.list = { level: Math.min(level, 8), ordered: this.numbering.ordered(numId, level), numId };
        }
      }
      out.push(block);
    }
    // Text boxes (cover pages put the adoption line in one) follow the paragraph that anchors them.
    for (const box of boxes) for (const child of box.children) this.block(child, out);
  }

  private headingLevel(pPr: XmlElement | undefined, chain: StyleInfo[]): number | undefined {
    for (const style of chain) {
      if (style.name === 'title') return 0;
      const match = HEADING_NAME.exec(style.name);
      if (match) return Number(match[1]);
    }
    const direct = wChild(pPr, 'outlineLvl')?.attrs.val;
    const outline = direct !== undefined ? Number(direct) : chain.find((style) => style.outlineLevel !== undefined)?.outlineLevel;
    return outline !== undefined && outline >= 0 && outline < 9 ? outline + 1 : undefined;
  }

  /** The visible runs under `element` (hyperlinks, insertions, fields and content controls included). */
  private runs(element: XmlElement, runs: Run[], boxes: XmlElement[], styleBold: boolean, inField: boolean): void {
    for (const child of element.children) {
      if (typeof child === 'string') continue;
      if (isW(child, 'r')) this.run(child, runs, boxes, styleBold);
      else if (isW(child, 'del') || isW(child, 'pPr') || isW(child, 'moveFrom')) continue;
      else if (isW(child, 'sdt')) {
        const content = wChild(child, 'sdtContent');
        if (content) this.runs(content, runs, boxes, styleBold, inField);
      } else if (child.uri === MC_NS || isW(child, 'hyperlink') || isW(child, 'ins') || isW(child, 'fldSimple') || isW(child, 'smartTag') || isW(child, 'customXml') || isW(child, 'moveTo')) {
        this.runs(child, runs, boxes, styleBold, inField);
      }
    }
  }

  private run(element: XmlElement, runs: Run[], boxes: XmlElement[], styleBold: boolean): void {
    const rPr = wChild(element, 'rPr');
    if (onOff(wChild(rPr, 'vanish')) === true) return;
    const bold = onOff(wChild(rPr, 'b')) ?? styleBold;
    const italic = onOff(wChild(rPr, 'i')) ?? false;
    let text = '';
    for (const child of element.children) {
      if (typeof child === 'string') continue;
      if (isW(child, 't')) text += textOf(child);
      else if (isW(child, 'tab') || isW(child, 'ptab')) text += '\t';
      else if (isW(child, 'br') || isW(child, 'cr')) text += child.attrs.type === 'page' ? ' ' : '\n';
      else if (isW(child, 'noBreakHyphen')) text += '-';
      else if (isW(child, 'sym')) continue;
      else if (isW(child, 'drawing') || isW(child, 'pict') || child.uri === MC_NS) {
        const box = findFirst(child.uri === MC_NS ? (child.children.find((c): c is XmlElement => typeof c === 'object' && c.local === 'Choice') ?? child) : child, 'txbxContent');
        if (box) boxes.push(box);
      }
    }
    if (text !== '') runs.push({ text, bold, italic });
  }
}

/** Reads the body of `document.xml` into blocks. */
export function readBody(documentXml: string, stylesXml: string | undefined, numberingXml: string | undefined): Block[] {
  const root = parseXml(documentXml, (parent) => parent.local === 't');
  const document = root.children.find((node): node is XmlElement => typeof node === 'object');
  const body = wChild(document, 'body');
  if (!body) return [];
  return new BodyReader(readStyles(stylesXml), readNumbering(numberingXml)).blocks(body);
}
