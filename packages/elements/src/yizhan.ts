/** The one-file bundle for `<script type="module">`: registers every element and exports the classes. */
import './define';

export * from './index';
