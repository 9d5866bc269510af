// The kit's stylesheet first, then Tailwind (and the host's own unlayered rules).
import 'unbind-phone-kit/styles.css';
import './tailwind.css';
import { mount } from './App';

mount();
