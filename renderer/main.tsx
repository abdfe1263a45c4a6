import React from 'react';
import { createRoot } from 'react-dom/client';
// The window's base styles first; each feature's stylesheet comes with its component (all bundled into main.css).
import './styles.css';
import { App } from './App';

createRoot(document.getElementById('root')!).render(<App />);
