/** Registers every Yizhan element (form, fields and portal widgets) under its default `yz-*` tag. */
import './define-fields';
import './yz-form';
import './flow-diagram/yz-flow-diagram';
import './widgets/define';
