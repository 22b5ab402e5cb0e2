/** The editor's footer: what Certifill is, that it is not France compétences, where the data stays. */
export function EditorFooter() {
  return (
    <footer className="cf-footer">
      <div className="cf-footer__inner">
        <p className="cf-footer__affiliation">Non affilié à France compétences</p>
        <p>
          Certifill est un assistant indépendant pour les demandes d’enregistrement sur Certif Pro. Vos
          dossiers restent dans ce navigateur : rien n’est envoyé sur le réseau.
        </p>
      </div>
    </footer>
  );
}
