/** What a page renderer returns: the `<main>` content and the document title. */
export interface Page {
  title: string;
  content: HTMLElement[];
}
