/** Registers the portal widgets and the form they render under their default `yz-*` tags. */
import '../yz-form';
import './yz-signup';
import './yz-task';
import './yz-timeline';
import './yz-my-tasks';
