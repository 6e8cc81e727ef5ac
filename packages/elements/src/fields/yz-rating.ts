import { defineOnce } from './define-once';
import { YzRating } from './yz-rating.component';

/** Registers `<yz-rating>`. Import this module for its side effect, or define the class under your own name. */
defineOnce('yz-rating', YzRating);

export { YzRating };

declare global {
  interface HTMLElementTagNameMap {
    'yz-rating': YzRating;
  }
}
