import type { h } from 'hastscript';

/** An element built by `h(selector, …)`: what every render function returns. */
export type HtmlElement = ReturnType<typeof h>;

/** Flat children: elements and text, which hastscript escapes when serialized. */
export type Inline = Array<HtmlElement | string>;
