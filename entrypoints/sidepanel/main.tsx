import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { AssistantApp } from '@/components/sidepanel/AssistantApp';
import '@/assets/base.css';

/** The page assistant, in the browser's side panel (Chrome) or sidebar (Firefox); `?tabId=N` pins a tab. */
const root = document.getElementById('root');
if (root)
  createRoot(root).render(
    <StrictMode>
      <AssistantApp />
    </StrictMode>,
  );
