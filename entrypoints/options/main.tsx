import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { EditorApp } from '@/components/editor/EditorApp';
import '@/assets/base.css';
import { workerReader } from './worker-reader';

const root = document.getElementById('root');
if (root)
  createRoot(root).render(
    <StrictMode>
      <EditorApp ficheReader={workerReader} />
    </StrictMode>,
  );
