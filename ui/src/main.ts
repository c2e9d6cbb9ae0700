import { mount } from 'svelte';
import App from './App.svelte';
import './app.css';
import './present.css';

const target = document.getElementById('app');
if (!target) throw new Error('index.html lacks #app');
export default mount(App, { target });
