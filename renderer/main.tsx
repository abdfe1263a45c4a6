// First: the start's questions go to the host while the rest of the code loads (host/early.ts).
import './host/early';
import React from 'react';
import { createRoot } from 'react-dom/client';
// The window's base styles first; each feature's stylesheet comes with its component (all bundled into main.css).
import './styles.css';
import { App } from './App';

createRoot(document.getElementById('root')!).render(<App />);
