/** RFC 6901 pointers, shared by every stage (see src/_pointer.ts). */
export { escapePointerSegment, joinPointer, parsePointer, resolvePointer, unescapePointerSegment } from '../_pointer.js';
