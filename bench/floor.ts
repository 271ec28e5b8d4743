// The floor the kit is measured against: the smallest useful Lit element, built and served the
// same way (one classic script, minified, production Lit).
import { LitElement, css, html } from 'lit';

class BenchHello extends LitElement {
  static override styles = css`
    :host {
      display: block;
    }
  `;
  override render() {
    return html`<p part="base">Hello</p>`;
  }
}
if (!customElements.get('bench-hello')) customElements.define('bench-hello', BenchHello);
