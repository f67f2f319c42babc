/** Note text made safe inside a MarkdownString: the core's markdown escaping (core/text.ts). */
export { escapeMarkdownText } from '../core/text';
