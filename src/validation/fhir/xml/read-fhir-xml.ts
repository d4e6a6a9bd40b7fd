import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { Location } from '../../../errors/location.js';
import type { Finding } from '../../finding.js';
import { childIndex } from '../engine/child-index.js';
import type { ChildKey, CompiledStructure, ElementNode } from '../engine/compiled-element.js';
import type { FhirRuleId } from '../engine/rule-registry.js';
import { LineIndex } from './line-index.js';
import { doctypeOffset } from './xml-prolog.js';
import {
  attributesOf,
  childrenOfNode,
  decodeAttribute,
  spanOf,
  splitName,
  tagName,
  textOf,
  type XmlNode,
} from './xml-nodes.js';

const FHIR_NS = 'http://hl7.org/fhir';
const XHTML_NS = 'http://www.w3.org/1999/xhtml';
/** Past this nesting the parser stops (a guard for its own stack); the walk reports depth from the limit down. */
const PARSER_DEPTH_FACTOR = 8;

/** The base definitions the XML is read by (the engine's {@link StructureCache} is one). */
export interface FhirXmlStructures {
  baseType(name: string): CompiledStructure | undefined;
  byUrl(url: string): CompiledStructure | undefined;
}

/** Limits an XML document is read under (from the JSON reader's: document size and depth). */
export interface FhirXmlLimits {
  maxBytes: number;
  maxDepth: number;
}

/** A place in the XML text, 1-based. */
export interface FhirXmlPlace {
  line: number;
  column: number;
}

/** What reading gives: the resource as FHIR JSON (when readable), where each element was, and what was wrong. */
export interface FhirXmlRead {
  value?: Record<string, unknown>;
  /** Element path (`Bundle.entry[0].resource.name[1].given[0]`) -> where its start tag is. */
  locations: Map<string, FhirXmlPlace>;
  findings: Finding<FhirRuleId>[];
}

type Namespaces = ReadonlyMap<string, string>;

/** One converted occurrence of an element: its JSON value and, for a primitive, its `_x` object. */
interface Item {
  value: unknown;
  meta?: Record<string, unknown>;
}

/**
 * Reads FHIR R4 XML (a resource or a Bundle; R4 xml.html) into the JSON value the JSON reader gives
 * the engine, driven by the base definitions: element order, `value` attributes, primitive `id` and
 * extensions as `_x`, arrays where the cardinality allows more than one, the narrative `div` as its
 * XHTML text, nested resources. A document type declaration is refused before parsing (no entity is
 * expanded). Every problem is a finding located at line:column; nothing is thrown. Reads no file.
 */
export function readFhirXml(
  text: string,
  structures: FhirXmlStructures,
  limits: FhirXmlLimits,
  base: Location = {},
): FhirXmlRead {
  return new XmlReader(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, structures, limits, base).read();
}

class XmlReader {
  private readonly lines: LineIndex;
  private readonly locations = new Map<string, FhirXmlPlace>();
  private readonly findings: Finding<FhirRuleId>[] = [];
  private tooDeep = false;

  constructor(
    private readonly text: string,
    private readonly structures: FhirXmlStructures,
    private readonly limits: FhirXmlLimits,
    private readonly base: Location,
  ) {
    this.lines = new LineIndex(text);
  }

  read(): FhirXmlRead {
    const done = (value?: Record<string, unknown>): FhirXmlRead => ({
      ...(value ? { value } : {}),
      locations: this.locations,
      findings: this.findings,
    });
    const bytes = Buffer.byteLength(this.text, 'utf8');
    if (bytes > this.limits.maxBytes) {
      this.report(
        'fhir.xml.too-large',
        { ...this.base },
        `XML document of ${bytes} bytes is over the document limit of ${this.limits.maxBytes} bytes: not parsed`,
      );
      return done();
    }
    const doctype = doctypeOffset(this.text);
    if (doctype !== undefined) {
      this.report(
        'fhir.xml.doctype',
        this.at(doctype),
        'a DOCTYPE or entity declaration is refused (FHIR XML has none; entities are never expanded): not parsed',
      );
      return done();
    }
    const valid = XMLValidator.validate(this.text);
    if (valid !== true) {
      const { msg, line, col } = valid.err;
      this.report('fhir.xml.syntax', { ...this.base, line, column: col }, `invalid XML: ${msg}`);
      return done();
    }
    let nodes: XmlNode[];
    try {
      nodes = this.parser().parse(this.text) as XmlNode[];
    } catch {
      // The validator accepted the text: only the parser's nesting guard gets here.
      this.report(
        'fhir.xml.too-deep',
        { ...this.base },
        `XML nested deeper than ${this.limits.maxDepth} levels: not parsed`,
      );
      return done();
    }
    const root = nodes.find((n) => tagName(n) !== undefined && !tagName(n)!.startsWith('?'));
    if (!root) {
      this.report('fhir.xml.syntax', { ...this.base }, 'invalid XML: no root element');
      return done();
    }
    const name = tagName(root)!;
    const ns = scope(new Map(), attributesOf(root));
    if (namespaceOf(name, ns) !== FHIR_NS) {
      this.report(
        'fhir.xml.not-fhir',
        this.place(root),
        `the root element <${name}> is not in the FHIR namespace ${FHIR_NS}: not FHIR XML`,
      );
      return done();
    }
    return done(this.resource(root, '', ns, 1));
  }

  private parser(): XMLParser {
    return new XMLParser({
      preserveOrder: true,
      ignoreAttributes: false,
      attributeNamePrefix: '',
      captureMetaData: true,
      processEntities: false,
      htmlEntities: false,
      parseTagValue: false,
      parseAttributeValue: false,
      trimValues: false,
      maxNestedTags: this.limits.maxDepth * PARSER_DEPTH_FACTOR,
    });
  }

  /** A resource element (the root, or inside `contained`, `entry.resource`, `parameter.resource`). */
  private resource(node: XmlNode, at: string, parent: Namespaces, depth: number): Record<string, unknown> | undefined {
    const name = tagName(node)!;
    const ns = scope(parent, attributesOf(node));
    const local = splitName(name).local;
    const sd = namespaceOf(name, ns) === FHIR_NS ? this.structures.baseType(local) : undefined;
    if (!sd || sd.kind !== 'resource' || sd.root.def.path !== local) {
      this.report('fhir.xml.unknown-element', this.place(node, at || local), `<${name}> is not an R4 resource`);
      return undefined;
    }
    const path = at || local;
    if (!at) this.locations.set(path, this.lines.at(spanOf(node).start));
    this.attributes(node, path, new Set());
    const out: Record<string, unknown> = { resourceType: local };
    this.children(out, node, sd.root.children, path, ns, depth, true);
    return out;
  }

  /** Converts an element's child elements into `out`, in definition order, by cardinality. */
  private children(
    out: Record<string, unknown>,
    node: XmlNode,
    elements: readonly ElementNode[],
    path: string,
    ns: Namespaces,
    depth: number,
    isResource: boolean,
  ): void {
    const index = childIndex(elements);
    const groups = new Map<string, { key: ChildKey; items: Item[] }>();
    let last = -1;
    let lastName = '';
    for (const child of childrenOfNode(node, tagName(node)!)) {
      const name = tagName(child);
      if (name === undefined) {
        if (textOf(child)?.trim())
          this.report(
            'fhir.xml.text',
            this.place(node, path),
            `${path}: text is not allowed here (FHIR values are in value attributes)`,
          );
        continue;
      }
      if (name.startsWith('?')) continue;
      const childNs = scope(ns, attributesOf(child));
      const local = splitName(name).local;
      const uri = namespaceOf(name, childNs);
      const found = uri === FHIR_NS || (uri === XHTML_NS && local === 'div') ? index.get(local) : undefined;
      // Element.id and Extension.url are attributes in XML (xml.html#1.17.1), not child elements.
      const key = found && (isResource || (local !== 'id' && found.node.path !== 'Extension.url')) ? found : undefined;
      if (!key) {
        this.report(
          'fhir.xml.unknown-element',
          this.place(child, path),
          `${path}: <${name}> is not an element of the definition here`,
        );
        continue;
      }
      if (depth + 1 > this.limits.maxDepth) {
        if (!this.tooDeep)
          this.report(
            'fhir.xml.too-deep',
            this.place(child, path),
            `${path}: XML nested deeper than ${this.limits.maxDepth} levels: the rest of this element is not read`,
          );
        this.tooDeep = true;
        return;
      }
      const position = elements.indexOf(key.node);
      if (position < last)
        this.report(
          'fhir.xml.order',
          this.place(child, path),
          `${path}: <${local}> is out of order: the definition puts it before <${lastName}>`,
        );
      else {
        last = position;
        lastName = local;
      }
      let group = groups.get(local);
      if (!group) groups.set(local, (group = { key, items: [] }));
      const childPath = `${path}.${local}` + (key.node.isArray ? `[${group.items.length}]` : '');
      if (!key.node.isArray && group.items.length > 0) {
        this.report(
          'fhir.xml.repeated',
          this.place(child, childPath),
          `${childPath}: <${local}> occurs more than once, but its maximum cardinality is 1: the first is kept`,
        );
        continue;
      }
      this.locations.set(childPath, this.lines.at(spanOf(child).start));
      const item =
        key.primitive && key.type !== 'xhtml'
          ? this.primitive(child, key, childPath, childNs, depth + 1)
          : this.complex(child, key, childPath, childNs, depth + 1);
      if (item) group.items.push(item);
    }
    for (const [local, { key, items }] of groups) {
      if (key.node.isArray) {
        if (items.some((i) => i.value !== undefined)) out[local] = items.map((i) => i.value ?? null);
        if (items.some((i) => i.meta)) out[`_${local}`] = items.map((i) => i.meta ?? null);
      } else if (items[0]) {
        if (items[0].value !== undefined) out[local] = items[0].value;
        if (items[0].meta) out[`_${local}`] = items[0].meta;
      }
    }
  }

  /** A primitive: its `value` attribute (typed as JSON), its `id` and extensions as the `_x` object. */
  private primitive(node: XmlNode, key: ChildKey, path: string, ns: Namespaces, depth: number): Item | undefined {
    const attrs = this.attributes(node, path, new Set(['value', 'id']));
    const meta: Record<string, unknown> = {};
    if (attrs.id !== undefined) meta.id = attrs.id;
    // A primitive's children are Element's: its id (an attribute) and its extensions.
    this.children(meta, node, this.structures.baseType('Element')?.root.children ?? [], path, ns, depth, false);
    const raw = attrs.value;
    const hasMeta = Object.keys(meta).length > 0;
    // A value refused for its entity is reported already; no second finding for it.
    if (raw === undefined && !hasMeta && attributesOf(node).value === undefined) {
      this.report(
        'fhir.xml.value',
        this.place(node, path),
        `${path}: a primitive element has a value attribute or extensions`,
      );
      return undefined;
    }
    if (raw === undefined && !hasMeta) return undefined;
    return { value: raw === undefined ? undefined : jsonValue(raw, key.type), ...(hasMeta ? { meta } : {}) };
  }

  /** A complex element: a data type, a backbone element, the narrative div, or a nested resource. */
  private complex(node: XmlNode, key: ChildKey, path: string, ns: Namespaces, depth: number): Item | undefined {
    if (key.type === 'xhtml') {
      if (namespaceOf(tagName(node)!, ns) !== XHTML_NS)
        this.report(
          'fhir.xml.not-fhir',
          this.place(node, path),
          `${path}: the narrative div is in the XHTML namespace ${XHTML_NS}`,
        );
      const { start, end } = spanOf(node);
      return { value: this.text.slice(start, end) };
    }
    if (key.type === 'Resource' || this.structures.baseType(key.type)?.kind === 'resource') {
      this.attributes(node, path, new Set());
      const inner = childrenOfNode(node, tagName(node)!).filter((c) => tagName(c) !== undefined);
      if (inner.length !== 1) {
        this.report(
          'fhir.xml.unknown-element',
          this.place(node, path),
          `${path}: holds exactly one resource element, found ${inner.length}`,
        );
        return undefined;
      }
      const resource = this.resource(inner[0]!, path, ns, depth + 1);
      return resource ? { value: resource } : undefined;
    }
    const allowed = new Set(key.type === 'Extension' ? ['id', 'url'] : ['id']);
    const attrs = this.attributes(node, path, allowed);
    const out: Record<string, unknown> = {};
    if (attrs.id !== undefined) out.id = attrs.id;
    if (attrs.url !== undefined) out.url = attrs.url;
    this.children(out, node, this.elementsOf(key), path, ns, depth, false);
    return { value: out };
  }

  /** The child definitions of a complex element: its own (backbone), a content reference's, or its type's. */
  private elementsOf(key: ChildKey): readonly ElementNode[] {
    const { node } = key;
    if (node.children.length > 0) return node.children;
    const ref = node.def.contentReference;
    if (ref) return this.structures.byUrl(node.owner)?.byId.get(ref.slice(ref.indexOf('#') + 1))?.children ?? [];
    return this.structures.baseType(key.type)?.root.children ?? [];
  }

  /** The decoded attributes of an element; one outside `allowed` (and namespace declarations) is a finding. */
  private attributes(node: XmlNode, path: string, allowed: ReadonlySet<string>): Record<string, string | undefined> {
    const out: Record<string, string | undefined> = Object.create(null) as Record<string, string | undefined>;
    for (const [name, raw] of Object.entries(attributesOf(node))) {
      if (name === 'xmlns' || name.startsWith('xmlns:')) continue;
      if (!allowed.has(name)) {
        this.report(
          'fhir.xml.unknown-attribute',
          this.place(node, path),
          `${path}: attribute ${name} is not allowed here`,
        );
        continue;
      }
      const value = decodeAttribute(raw);
      if (value === undefined)
        this.report('fhir.xml.syntax', this.place(node, path), `${path}: attribute ${name} uses an undeclared entity`);
      else out[name] = value;
    }
    return out;
  }

  private place(node: XmlNode, path?: string): Location & FhirXmlPlace {
    return { ...this.at(spanOf(node).start), ...(path ? { path } : {}) };
  }

  private at(offset: number): Location & FhirXmlPlace {
    return { ...this.base, ...this.lines.at(offset) };
  }

  private report(rule: FhirRuleId, location: Location, message: string): void {
    this.findings.push({ rule, severity: 'error', location, message });
  }
}

/** The namespaces in scope in an element: its parent's, plus its own declarations. */
function scope(parent: Namespaces, attrs: Readonly<Record<string, string>>): Namespaces {
  let own: Map<string, string> | undefined;
  for (const [name, value] of Object.entries(attrs)) {
    if (name !== 'xmlns' && !name.startsWith('xmlns:')) continue;
    own ??= new Map(parent);
    own.set(name === 'xmlns' ? '' : name.slice(6), value);
  }
  return own ?? parent;
}

function namespaceOf(name: string, ns: Namespaces): string | undefined {
  return ns.get(splitName(name).prefix);
}

const NUMBER = /^-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?$/;
const INTEGER = /^-?(0|[1-9][0-9]*)$/;
const INTEGER_TYPES = new Set(['integer', 'positiveInt', 'unsignedInt']);

/** A primitive's value as JSON writes it: booleans and numbers typed; a value of the wrong form stays a string (the engine reports it). */
function jsonValue(raw: string, type: string): unknown {
  if (type === 'boolean') return raw === 'true' ? true : raw === 'false' ? false : raw;
  if (INTEGER_TYPES.has(type)) return INTEGER.test(raw) ? Number(raw) : raw;
  if (type === 'decimal') return NUMBER.test(raw) ? Number(raw) : raw;
  return raw;
}

/** The place of an element path, or of its nearest located ancestor (`a.b[2].c` -> `a.b[2]` -> `a.b` -> `a`). */
export function placeOfPath(locations: ReadonlyMap<string, FhirXmlPlace>, path: string): FhirXmlPlace | undefined {
  for (let p = path; p.length > 0;) {
    const place = locations.get(p);
    if (place) return place;
    const cut = Math.max(p.lastIndexOf('.'), p.endsWith(']') ? p.lastIndexOf('[') : -1);
    if (cut <= 0) return undefined;
    p = p.slice(0, cut);
  }
  return undefined;
}
