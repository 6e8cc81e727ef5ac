import { AVAILABILITY_TAG, AvailabilityInput } from './availability-input';

/** Defines `<example-availability>` once; pass the tag to `registerFieldElement` next. */
if (!customElements.get(AVAILABILITY_TAG))
  customElements.define(AVAILABILITY_TAG, AvailabilityInput);

declare global {
  interface HTMLElementTagNameMap {
    'example-availability': AvailabilityInput;
  }
}
