import { mount } from 'svelte';
import App from './App.svelte';
import './app.css';
import './present.css';
import './theme.css';
import { loadAppearance } from './lib/appearance.svelte';

// Before the first paint: the chosen theme and text size.
loadAppearance();

const target = document.getElementById('app');
if (!target) throw new Error('index.html lacks #app');
export default mount(App, { target });
