/** Registers every Yizhan element (form, fields and portal widgets) under its default `yz-*` tag. */
import './define-fields';
import './yz-form';
import './widgets/define';
