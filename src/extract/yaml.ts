// yaml: placeholder extractor — URL and host:port scanning of the whole text until the real one lands.
import type { PortOccurrence } from '../types.js';
import { OccurrenceSet, scanText } from './generic.js';
import { OffsetMap, type SourceText } from './source.js';

export function extractYaml(src: SourceText): PortOccurrence[] {
  const out = new OccurrenceSet(src);
  scanText(out, src.text, OffsetMap.identity(src.text.length, 0));
  return out.list;
}
