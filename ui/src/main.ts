import { mount } from 'svelte';
import App from './App.svelte';
import './app.css';
import './present.css';
import './theme.css';
import { restoreAppearance, watchSystemTheme } from './lib/appearance.svelte';

// Before the first paint: the theme and text size applied last time (kept in
// localStorage), else the system's theme; the saved settings follow over IPC and win.
restoreAppearance();
watchSystemTheme();

const target = document.getElementById('app');
if (!target) throw new Error('index.html lacks #app');
export default mount(App, { target });
