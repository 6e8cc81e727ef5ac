/** Registers every Yizhan element under its default `yz-*` tag. */
import './define-fields';
import './yz-form';
