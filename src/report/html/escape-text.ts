/**
 * Text as hast-util-to-html writes a text node outside `<script>` and `<style>`: `<` and `&` as
 * hexadecimal character references, every other character as it is (its default settings, which
 * the report uses). For markup written as strings (render-facts.ts); test/report/escape-text.test.ts
 * holds it to the library's own output.
 */
export function escapeText(text: string): string {
  return text.replace(/[<&]/g, (character) => (character === '<' ? '&#x3C;' : '&#x26;'));
}
