/** Registers every Yizhan element under its default `yz-*` tag. */
import './yz-form';
