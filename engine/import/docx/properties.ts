// The core properties of a Word package (docProps/core.xml): title, author, subject, language
// and dates, as Word's File > Info shows them.
import { parseXml, type XmlElement } from './xml.ts';

export interface CoreProperties {
  title?: string;
  subject?: string;
  creator?: string;
  lastModifiedBy?: string;
  keywords?: string;
  description?: string;
  language?: string;
  /** ISO dates (YYYY-MM-DD). */
  created?: string;
  modified?: string;
}

const KEYS: Record<string, keyof CoreProperties> = {
  title: 'title',
  subject: 'subject',
  creator: 'creator',
  lastModifiedBy: 'lastModifiedBy',
  keywords: 'keywords',
  description: 'description',
  language: 'language',
  created: 'created',
  modified: 'modified',
};

export function readCoreProperties(xml: string | undefined): CoreProperties {
  const properties: CoreProperties = {};
  if (!xml) return properties;
  const root = parseXml(xml);
  const top = root.children.find((node): node is XmlElement => typeof node === 'object');
  for (const child of top?.children ?? []) {
    if (typeof child === 'string') continue;
    const key = KEYS[child.local];
    if (!key) continue;
    const value = child.children
      .filter((node): node is string => typeof node === 'string')
      .join('')
      .replace(/\s+/g, ' ')
      .trim();
    if (value === '') continue;
    if (key === 'created' || key === 'modified') {
      const date = /^\d{4}-\d{2}-\d{2}/.exec(value)?.[0];
      if (date && !date.startsWith('1601') && !date.startsWith('1900')) properties[key] = date;
    } else properties[key] = value;
  }
  return properties;
}
