// Tailwind first (and the host's own unlayered rules), then the kit's stylesheet.
import './tailwind.css';
import 'unbind-phone-kit/styles.css';
import { mount } from './App';

mount();
