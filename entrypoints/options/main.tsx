import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { EditorApp } from '@/components/editor/EditorApp';
import '@/assets/base.css';

const root = document.getElementById('root');
if (root)
  createRoot(root).render(
    <StrictMode>
      <EditorApp />
    </StrictMode>,
  );
