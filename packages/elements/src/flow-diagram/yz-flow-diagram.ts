import { YzFlowDiagram } from './yz-flow-diagram.component';

/** Registers `<yz-flow-diagram>`. */
if (!customElements.get('yz-flow-diagram')) customElements.define('yz-flow-diagram', YzFlowDiagram);

export { YzFlowDiagram };

declare global {
  interface HTMLElementTagNameMap {
    'yz-flow-diagram': YzFlowDiagram;
  }
}
