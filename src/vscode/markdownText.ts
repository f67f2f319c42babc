/** Note text inside a MarkdownString: the escaping lives with every other sink's in core/sinks.ts. */
export { markdownText as escapeMarkdownText } from '../core/sinks';
