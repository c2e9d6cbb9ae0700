import { mount } from 'svelte';
import App from './App.svelte';
import './app.css';
import './present.css';
import './theme.css';
import { watchSystemTheme } from './lib/appearance.svelte';

// Before the first paint: the system's theme (the saved choice follows with the settings).
watchSystemTheme();

const target = document.getElementById('app');
if (!target) throw new Error('index.html lacks #app');
export default mount(App, { target });
