<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>BeforeAfter</name>
    <message>
        <location filename="../../app/ui/before_after.py" line="27"/>
        <source>where your phone says it can be reached</source>
        <translation>là où votre téléphone indique qu’on peut le joindre</translation>
    </message>
    <message>
        <location filename="../../app/ui/before_after.py" line="30"/>
        <source>where answers to your phone must go</source>
        <translation>là où doivent aller les réponses destinées à votre téléphone</translation>
    </message>
    <message>
        <location filename="../../app/ui/before_after.py" line="31"/>
        <source>where the sound of a call must be sent</source>
        <translation>là où le son d’un appel doit être envoyé</translation>
    </message>
    <message>
        <location filename="../../app/ui/before_after.py" line="34"/>
        <source>it carries your address</source>
        <translation>il contient votre adresse</translation>
    </message>
    <message>
        <location filename="../../app/ui/before_after.py" line="117"/>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <location filename="../../app/ui/before_after.py" line="118"/>
        <source>Now</source>
        <translation>Maintenant</translation>
    </message>
    <message>
        <location filename="../../app/ui/before_after.py" line="119"/>
        <source>sent:</source>
        <translation>envoyé :</translation>
    </message>
    <message>
        <location filename="../../app/ui/before_after.py" line="120"/>
        <source>arrived:</source>
        <translation>arrivé :</translation>
    </message>
    <message>
        <location filename="../../app/ui/before_after.py" line="123"/>
        <source>The %s header (%s)</source>
        <translation>L’en-tête %s (%s)</translation>
    </message>
    <message>
        <location filename="../../app/ui/before_after.py" line="127"/>
        <source>rewritten</source>
        <translation>réécrit</translation>
    </message>
    <message>
        <location filename="../../app/ui/before_after.py" line="135"/>
        <source>arrived exactly as sent</source>
        <translation>arrivé exactement tel qu’envoyé</translation>
    </message>
    <message>
        <location filename="../../app/ui/before_after.py" line="137"/>
        <source>(with your address %s)</source>
        <translation>(avec votre adresse %s)</translation>
    </message>
    <message>
        <location filename="../../app/ui/before_after.py" line="141"/>
        <source>Your address now arrives unchanged.</source>
        <translation>Votre adresse arrive maintenant sans modification.</translation>
    </message>
    <message>
        <location filename="../../app/ui/before_after.py" line="145"/>
        <source>still rewritten</source>
        <translation>encore réécrit</translation>
    </message>
    <message>
        <location filename="../../app/ui/before_after.py" line="152"/>
        <source>Your address is still being rewritten.</source>
        <translation>Votre adresse est encore réécrite.</translation>
    </message>
</context>
<context>
    <name>CheckingPage</name>
    <message>
        <location filename="../../app/ui/pages/checking.py" line="63"/>
        <source>Checking your connection</source>
        <translation>Vérification de votre connexion</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/checking.py" line="66"/>
        <location filename="../../app/ui/pages/checking.py" line="111"/>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/checking.py" line="67"/>
        <source>What is happening now</source>
        <translation>Ce qui se passe en ce moment</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/checking.py" line="69"/>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/checking.py" line="71"/>
        <source>Tests finished</source>
        <translation>Tests terminés</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/checking.py" line="76"/>
        <source>Why the test could not start</source>
        <translation>Pourquoi le test n’a pas pu démarrer</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/checking.py" line="78"/>
        <source>&amp;Change the server</source>
        <translation>&amp;Changer de serveur</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/checking.py" line="79"/>
        <source>Go back and choose another server</source>
        <translation>Revenir en arrière et choisir un autre serveur</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/checking.py" line="82"/>
        <source>&amp;Stop</source>
        <translation>&amp;Arrêter</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/checking.py" line="83"/>
        <source>Stop the test</source>
        <translation>Arrêter le test</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/checking.py" line="134"/>
        <source>This usually takes a few seconds, at most about %d seconds.</source>
        <translation>Cela prend en général quelques secondes, au maximum environ %d secondes.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/checking.py" line="141"/>
        <source>This takes a few minutes, at most about %d minutes: the idle-connection test waits to see how long your router remembers a quiet connection.</source>
        <translation>Cela prend quelques minutes, au maximum environ %d minutes : le test de connexion inactive mesure combien de temps votre routeur garde en mémoire une connexion silencieuse.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/checking.py" line="155"/>
        <source>Stopping…</source>
        <translation>Arrêt en cours…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/checking.py" line="168"/>
        <source>no answer</source>
        <translation>pas de réponse</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/checking.py" line="169"/>
        <source>Test call %d of %d</source>
        <translation>Appel de test %d sur %d</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/checking.py" line="184"/>
        <source>Stopped. Here is what we found so far.</source>
        <translation>Arrêté. Voici ce que nous avons trouvé jusqu’ici.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/checking.py" line="184"/>
        <source>Done.</source>
        <translation>Terminé.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/checking.py" line="199"/>
        <source>The test could not start.</source>
        <translation>Le test n’a pas pu démarrer.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/checking.py" line="201"/>
        <source>The test failed.</source>
        <translation>Le test a échoué.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/checking.py" line="206"/>
        <source>The test stopped because of an unexpected problem. Please try again; if it keeps happening, copy the details into a support request.</source>
        <translation>Le test s’est arrêté à cause d’un problème inattendu. Veuillez réessayer ; si cela se reproduit, copiez les détails dans une demande d’assistance.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/checking.py" line="215"/>
        <source>We could not use that server: %s. Check the address, or choose another.</source>
        <translation>Impossible d’utiliser ce serveur : %s. Vérifiez l’adresse ou choisissez-en un autre.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/checking.py" line="219"/>
        <source>We could not reach the network (%s). Check that this computer is online, then try again or choose another server.</source>
        <translation>Impossible d’accéder au réseau (%s). Vérifiez que cet ordinateur est connecté à Internet, puis réessayez ou choisissez un autre serveur.</translation>
    </message>
</context>
<context>
    <name>CloseQuestion</name>
    <message>
        <location filename="../../app/ui/wizard.py" line="63"/>
        <source>Close SIP ALG Doctor?</source>
        <translation>Fermer SIP ALG Doctor ?</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="66"/>
        <source>Close &amp;anyway</source>
        <translation>Fermer &amp;quand même</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="70"/>
        <source>&amp;Keep it open</source>
        <translation>&amp;Laisser ouvert</translation>
    </message>
</context>
<context>
    <name>CopyBlock</name>
    <message>
        <location filename="../../app/ui/widgets.py" line="130"/>
        <source>Command to type</source>
        <translation>Commande à saisir</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets.py" line="131"/>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets.py" line="132"/>
        <source>Copy command</source>
        <translation>Copier la commande</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets.py" line="139"/>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../../app/ui/dialogs.py" line="26"/>
        <source>Something went wrong</source>
        <translation>Un problème est survenu</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="31"/>
        <source>Copy details</source>
        <translation>Copier les détails</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="61"/>
        <source>About SIP ALG Doctor</source>
        <translation>À propos de SIP ALG Doctor</translation>
    </message>
</context>
<context>
    <name>DiffView</name>
    <message>
        <location filename="../../app/ui/widgets.py" line="184"/>
        <source>What was changed</source>
        <translation>Ce qui a été modifié</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets.py" line="193"/>
        <source>on the way out: we sent it</source>
        <translation>à l’aller : nous l’avons envoyé</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets.py" line="194"/>
        <source>on the way back: the server sent it</source>
        <translation>au retour : le serveur l’a envoyé</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets.py" line="195"/>
        <source>out or back: we sent it</source>
        <translation>à l’aller ou au retour : nous l’avons envoyé</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets.py" line="224"/>
        <source>What the server sent is on the left, what arrived here on the right.</source>
        <translation>À gauche, ce que le serveur a envoyé ; à droite, ce qui est arrivé ici.</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets.py" line="226"/>
        <source>What we sent is on the left, what arrived at the server on the right.</source>
        <translation>À gauche, ce que nous avons envoyé ; à droite, ce qui est arrivé au serveur.</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets.py" line="228"/>
        <source>What we sent is on the left, what came back on the right.</source>
        <translation>À gauche, ce que nous avons envoyé ; à droite, ce qui est revenu.</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets.py" line="230"/>
        <source>On each row, what was sent is on the left and what arrived on the right; the row says who sent it.</source>
        <translation>Sur chaque ligne, ce qui a été envoyé est à gauche et ce qui est arrivé à droite ; la ligne indique qui l’a envoyé.</translation>
    </message>
</context>
<context>
    <name>DoctorWizard</name>
    <message>
        <location filename="../../app/ui/wizard.py" line="114"/>
        <source>SIP ALG Doctor</source>
        <translation>SIP ALG Doctor</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="127"/>
        <source>&amp;About</source>
        <translation>À &amp;propos</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="128"/>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="185"/>
        <source>A test is still running. Closing now stops it and loses its result.</source>
        <translation>Un test est encore en cours. Fermer maintenant l’arrête et son résultat sera perdu.</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="188"/>
        <source>Your results are not saved yet. Closing now loses them; the last page saves a report for your provider.</source>
        <translation>Vos résultats ne sont pas encore enregistrés. Fermer maintenant les fera perdre ; la dernière page enregistre un rapport pour votre fournisseur.</translation>
    </message>
</context>
<context>
    <name>Findings</name>
    <message>
        <location filename="../../app/diagnosis/context.py" line="94"/>
        <source>Your provider shares one public address among many customers (carrier-grade NAT)</source>
        <translation>Votre fournisseur partage une même adresse publique entre de nombreux clients (NAT de niveau opérateur, CGNAT)</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/context.py" line="99"/>
        <source>Your router sits behind another router (double NAT)</source>
        <translation>Votre routeur se trouve derrière un autre routeur (double NAT)</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/context.py" line="108"/>
        <source>There is a second address translation beyond your router. Switching off your router&apos;s SIP ALG may not be enough: the other device can have one too, and incoming calls rely on keep-alives.</source>
        <translation>Il y a une seconde traduction d’adresse au-delà de votre routeur. Désactiver le SIP ALG de votre routeur peut ne pas suffire : l’autre appareil peut aussi en avoir un, et les appels entrants dépendent des messages de maintien (keep-alive).</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/context.py" line="118"/>
        <source>Put the provider&apos;s modem in bridge (modem-only) mode, or ask your provider whether a public IPv4 address is available.</source>
        <translation>Passez la box ou le modem du fournisseur en mode bridge (modem seul), ou demandez à votre fournisseur si une adresse IPv4 publique est disponible.</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/context.py" line="133"/>
        <source>Your router uses a new port for every destination (symmetric NAT)</source>
        <translation>Votre routeur utilise un nouveau port pour chaque destination (NAT symétrique)</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/context.py" line="136"/>
        <source>That is not an ALG, but it defeats STUN: phones must rely on the provider&apos;s NAT handling (most hosted VoIP services do this). If you hear one-way audio, ask the provider about it.</source>
        <translation>Ce n’est pas un ALG, mais cela empêche STUN de fonctionner : les téléphones doivent compter sur la gestion du NAT par le fournisseur (la plupart des services VoIP hébergés le font). Si le son ne passe que dans un sens, parlez-en à votre fournisseur.</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/context.py" line="156"/>
        <source>Your router keeps idle phone connections open long enough ({where})</source>
        <translation>Votre routeur garde les connexions téléphoniques inactives ouvertes assez longtemps ({where})</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/context.py" line="160"/>
        <source>Connections stayed open for every delay we tried (up to {seconds} s).</source>
        <translation>Les connexions sont restées ouvertes pour tous les délais testés (jusqu’à {seconds} s).</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/context.py" line="173"/>
        <source>Your router forgets an idle phone after about {seconds} s ({where})</source>
        <translation>Votre routeur oublie un téléphone inactif après environ {seconds} s ({where})</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/context.py" line="177"/>
        <source>If your phone re-registers less often than every {seconds} s (many phones default to 3600 s), the provider cannot reach it in between and incoming calls fail or go to voicemail.</source>
        <translation>Si votre téléphone se réenregistre moins souvent que toutes les {seconds} s (beaucoup de téléphones utilisent 3600 s par défaut), le fournisseur ne peut pas le joindre entre-temps et les appels entrants échouent ou partent sur la messagerie.</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/context.py" line="186"/>
        <source>Raise the router&apos;s UDP time-out to at least 300 s, or set the phone&apos;s registration interval (or NAT keep-alive) below {seconds} s.</source>
        <translation>Augmentez le délai UDP (time-out) du routeur à au moins 300 s, ou réglez l’intervalle d’enregistrement du téléphone (ou le keep-alive NAT) en dessous de {seconds} s.</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/findings.py" line="105"/>
        <source>It changed the audio address in the call set-up, which is the classic cause of one-way audio.</source>
        <translation>Il a modifié l’adresse audio dans l’établissement de l’appel : c’est la cause classique du son qui ne passe que dans un sens.</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/findings.py" line="119"/>
        <source>It changed the addresses your phone uses to say where it can be reached, which makes calls drop after about 30 seconds and incoming calls fail.</source>
        <translation>Il a modifié les adresses que votre téléphone utilise pour indiquer où le joindre : les appels coupent alors après environ 30 secondes et les appels entrants échouent.</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/findings.py" line="127"/>
        <source>It also rewrote the server&apos;s answers on the way back.</source>
        <translation>Il a aussi réécrit les réponses du serveur au retour.</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/findings.py" line="129"/>
        <source>A SIP ALG (a &apos;helper&apos; in your router) rewrote the test calls on {transports}. {parts}</source>
        <translation>Un SIP ALG (un « assistant » intégré à votre routeur) a réécrit les appels de test en {transports}. {parts}</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/findings.py" line="137"/>
        <source>Turn off the SIP ALG in your router. It may be called SIP ALG, SIP passthrough, SIP helper, SIP transformations or SIP inspection.</source>
        <translation>Désactivez le SIP ALG de votre routeur. Il peut s’appeler SIP ALG, SIP passthrough, SIP helper, SIP transformations ou SIP inspection.</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/findings.py" line="142"/>
        <source>Restart the router and your phones, then run this test again to confirm the fix.</source>
        <translation>Redémarrez le routeur et vos téléphones, puis relancez ce test pour confirmer la correction.</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/findings.py" line="149"/>
        <source>If it cannot be turned off: the same test on port {port} went through untouched, so ask your VoIP provider for a SIP port other than {sip_port} (or SIP over TLS on 5061).</source>
        <translation>S’il ne peut pas être désactivé : le même test sur le port {port} est passé sans modification, demandez donc à votre fournisseur VoIP un port SIP autre que {sip_port} (ou SIP over TLS sur le port 5061).</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/findings.py" line="161"/>
        <source>Something on your connection rewrites your calls</source>
        <translation>Quelque chose sur votre connexion réécrit vos appels</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/findings.py" line="192"/>
        <source>Phone traffic on the standard SIP port disappears</source>
        <translation>Le trafic téléphonique sur le port SIP standard disparaît</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/findings.py" line="193"/>
        <source>Test calls sent over {transports} to port {port} vanished, while the same test to another port got through. A SIP ALG that drops what it cannot handle, or a firewall rule, is swallowing them.</source>
        <translation>Les appels de test envoyés en {transports} vers le port {port} ont disparu, alors que le même test vers un autre port est passé. Un SIP ALG qui supprime ce qu’il ne sait pas traiter, ou une règle de pare-feu, les bloque.</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/findings.py" line="207"/>
        <source>Turn off the SIP ALG in your router, and check its firewall for rules about port {port}.</source>
        <translation>Désactivez le SIP ALG de votre routeur et vérifiez dans son pare-feu les règles concernant le port {port}.</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/findings.py" line="212"/>
        <source>Ask your VoIP provider whether your phones can use another port (such as 5080) or SIP over TLS (port 5061).</source>
        <translation>Demandez à votre fournisseur VoIP si vos téléphones peuvent utiliser un autre port (par exemple 5080) ou SIP over TLS (port 5061).</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/findings.py" line="229"/>
        <source>The test was stopped before it finished</source>
        <translation>Le test a été arrêté avant la fin</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/findings.py" line="230"/>
        <source>Without the full set of answers we cannot say whether there is an ALG.</source>
        <translation>Sans toutes les réponses, nous ne pouvons pas dire s’il y a un ALG.</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/findings.py" line="236"/>
        <source>Run the test again and let it finish.</source>
        <translation>Relancez le test et laissez-le aller jusqu’au bout.</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/findings.py" line="243"/>
        <source>The test server did not answer</source>
        <translation>Le serveur de test n’a pas répondu</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/findings.py" line="244"/>
        <source>Without answers we cannot tell whether there is an ALG. This says nothing about your router yet.</source>
        <translation>Sans réponses, nous ne pouvons pas savoir s’il y a un ALG. Cela ne dit encore rien sur votre routeur.</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/findings.py" line="252"/>
        <source>Check that this computer is online and that the server address is typed correctly.</source>
        <translation>Vérifiez que cet ordinateur est connecté à Internet et que l’adresse du serveur est correctement saisie.</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/findings.py" line="257"/>
        <source>Try again in a minute; if it keeps failing, try your VoIP provider&apos;s SIP server instead (provider mode).</source>
        <translation>Réessayez dans une minute ; si cela échoue encore, essayez plutôt le serveur SIP de votre fournisseur VoIP (mode fournisseur).</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/findings.py" line="268"/>
        <source>Test calls went out and came back exactly as sent, over {transports}.</source>
        <translation>Les appels de test sont partis et revenus exactement tels qu’envoyés, en {transports}.</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/findings.py" line="272"/>
        <source>Your provider&apos;s server copied our test message back unchanged over {transports}. This check cannot see an ALG that perfectly undoes its own changes; a test against a reflector gives certainty.</source>
        <translation>Le serveur de votre fournisseur a renvoyé notre message de test sans modification en {transports}. Ce contrôle ne peut pas voir un ALG qui annule parfaitement ses propres modifications ; un test avec un réflecteur donne une certitude.</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/findings.py" line="282"/>
        <source>No SIP ALG interferes on this connection</source>
        <translation>Aucun SIP ALG ne perturbe cette connexion</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/findings.py" line="296"/>
        <source>No address translation (NAT)</source>
        <translation>Pas de traduction d’adresse (NAT)</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/findings.py" line="297"/>
        <source>The server sees this computer at its own address {address}.</source>
        <translation>Le serveur voit cet ordinateur à sa propre adresse {address}.</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/findings.py" line="306"/>
        <source>Your router translates addresses (NAT)</source>
        <translation>Votre routeur traduit les adresses (NAT)</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/findings.py" line="307"/>
        <source>This computer is {local} at home and appears on the internet as {public}. That is normal and not an ALG.</source>
        <translation>Cet ordinateur a l’adresse {local} chez vous et apparaît sur Internet avec l’adresse {public}. C’est normal et ce n’est pas un ALG.</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/findings.py" line="318"/>
        <source>One-way audio without an ALG usually means a firewall blocks the audio (RTP) ports, or the provider does not handle NAT for media; ask your provider.</source>
        <translation>Sans ALG, un son qui ne passe que dans un sens signifie en général qu’un pare-feu bloque les ports audio (RTP), ou que le fournisseur ne gère pas le NAT pour le média ; demandez à votre fournisseur.</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/findings.py" line="323"/>
        <source>Drops after 30 seconds without an ALG usually mean an answer (the ACK) is lost; check the router&apos;s firewall and ask your provider to look at a call trace.</source>
        <translation>Sans ALG, des coupures après 30 secondes signifient en général qu’une réponse (l’ACK) se perd ; vérifiez le pare-feu du routeur et demandez à votre fournisseur d’examiner une trace d’appel.</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/findings.py" line="328"/>
        <source>Phones that stop ringing are often forgotten by the router between registrations (a short UDP time-out); the binding-lifetime test measures this.</source>
        <translation>Les téléphones qui ne sonnent plus sont souvent oubliés par le routeur entre deux enregistrements (délai UDP trop court) ; le test de durée de vie des connexions le mesure.</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/findings.py" line="333"/>
        <source>Calls that go to voicemail usually mean the provider could not reach the phone: a short UDP time-out in the router is the usual cause without an ALG.</source>
        <translation>Des appels qui partent sur la messagerie signifient en général que le fournisseur n’a pas pu joindre le téléphone : sans ALG, la cause habituelle est un délai UDP trop court dans le routeur.</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/findings.py" line="338"/>
        <source>Registration that keeps dropping points at a short UDP time-out or an unstable connection; shorter re-registration intervals on the phone can help.</source>
        <translation>Un enregistrement qui se perd sans cesse indique un délai UDP trop court ou une connexion instable ; raccourcir l’intervalle de réenregistrement du téléphone peut aider.</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/findings.py" line="343"/>
        <source>Choppy audio is a bandwidth, Wi-Fi or jitter problem, not an ALG one: try a cable instead of Wi-Fi and pause big downloads during calls.</source>
        <translation>Un son haché est un problème de débit, de Wi-Fi ou de gigue (jitter), pas d’ALG : essayez un câble au lieu du Wi-Fi et mettez en pause les gros téléchargements pendant les appels.</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/findings.py" line="355"/>
        <source>One-way audio can also come from a firewall that blocks the audio (RTP) ports, or from a provider that does not handle NAT for media; ask your provider.</source>
        <translation>Un son qui ne passe que dans un sens peut aussi venir d’un pare-feu qui bloque les ports audio (RTP), ou d’un fournisseur qui ne gère pas le NAT pour le média ; demandez à votre fournisseur.</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/findings.py" line="360"/>
        <source>Drops after 30 seconds mean an answer (the ACK) is lost on the way; check the router&apos;s firewall and ask your provider to look at a call trace.</source>
        <translation>Des coupures après 30 secondes signifient qu’une réponse (l’ACK) se perd en route ; vérifiez le pare-feu du routeur et demandez à votre fournisseur d’examiner une trace d’appel.</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/findings.py" line="365"/>
        <source>Calls that go to voicemail usually mean the provider could not reach the phone; a short UDP time-out in the router is another common cause.</source>
        <translation>Des appels qui partent sur la messagerie signifient en général que le fournisseur n’a pas pu joindre le téléphone ; un délai UDP trop court dans le routeur est une autre cause fréquente.</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/findings.py" line="386"/>
        <source>Explained by what we found: {title}.</source>
        <translation>Expliqué par ce que nous avons trouvé : {title}.</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/findings.py" line="403"/>
        <source>Your router&apos;s SIP ALG is changing your calls. Turning it off should fix this.</source>
        <translation>Le SIP ALG de votre routeur modifie vos appels. Le désactiver devrait régler le problème.</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/findings.py" line="410"/>
        <source>Calls on the standard SIP port are being swallowed on the way. A SIP ALG or a firewall rule is the likely cause.</source>
        <translation>Les appels sur le port SIP standard sont bloqués en route. Un SIP ALG ou une règle de pare-feu en est probablement la cause.</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/findings.py" line="427"/>
        <source>No SIP ALG found: your calls pass through unchanged.</source>
        <translation>Aucun SIP ALG trouvé : vos appels passent sans modification.</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/findings.py" line="433"/>
        <source>Inconclusive: the test could not get the answers it needs, so we cannot say yet.</source>
        <translation>Non concluant : le test n’a pas obtenu les réponses nécessaires, nous ne pouvons donc pas encore conclure.</translation>
    </message>
</context>
<context>
    <name>FixItPage</name>
    <message>
        <location filename="../../app/ui/pages/fixit.py" line="72"/>
        <source>Switch the SIP ALG off</source>
        <translation>Désactiver le SIP ALG</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/fixit.py" line="74"/>
        <source>I&apos;ve &amp;switched it off — test again</source>
        <translation>Je l’ai &amp;désactivé — tester à nouveau</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/fixit.py" line="113"/>
        <source>Check that it is off</source>
        <translation>Vérifier qu’il est désactivé</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/fixit.py" line="117"/>
        <source>Also worth changing</source>
        <translation>À modifier aussi</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/fixit.py" line="140"/>
        <source>When you have changed the setting and restarted the router, press “I&apos;ve switched it off — test again”.</source>
        <translation>Quand vous avez modifié le réglage et redémarré le routeur, appuyez sur « Je l’ai désactivé — tester à nouveau ».</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/fixit.py" line="155"/>
        <source>We could not find your router&apos;s address. It is usually printed on a label on the router, next to its password.</source>
        <translation>Nous n’avons pas trouvé l’adresse de votre routeur. Elle est en général imprimée sur une étiquette du routeur, à côté de son mot de passe.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/fixit.py" line="161"/>
        <source>&amp;Open my router&apos;s settings</source>
        <translation>&amp;Ouvrir les réglages de mon routeur</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/fixit.py" line="162"/>
        <source>Open my router&apos;s settings</source>
        <translation>Ouvrir les réglages de mon routeur</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/fixit.py" line="167"/>
        <source>Opens %s in your browser, the address of your router&apos;s own settings pages.</source>
        <translation>Ouvre %s dans votre navigateur : c’est l’adresse des pages de réglages de votre routeur.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/fixit.py" line="192"/>
        <source>Steps for your %s</source>
        <translation>Étapes pour votre %s</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/fixit.py" line="209"/>
        <source>If your router&apos;s pages look different, try these:</source>
        <translation>Si les pages de votre routeur sont différentes, essayez ceci :</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/pages/fixit.py" line="216"/>
        <source>These steps come in %n versions, for different looks of the settings pages. Open the one that matches what you see.</source>
        <translation>
            <numerusform>Ces étapes existent en %n version, selon l’apparence des pages de réglages. Ouvrez celle qui correspond à ce que vous voyez.</numerusform>
            <numerusform>Ces étapes existent en %n versions, selon l’apparence des pages de réglages. Ouvrez celle qui correspond à ce que vous voyez.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Guide</name>
    <message>
        <location filename="../../app/guides/render.py" line="67"/>
        <source>from the maker&apos;s own documentation</source>
        <translation>d’après la documentation du fabricant</translation>
    </message>
    <message>
        <location filename="../../app/guides/render.py" line="68"/>
        <source>from VoIP providers&apos; help pages</source>
        <translation>d’après les pages d’aide de fournisseurs VoIP</translation>
    </message>
    <message>
        <location filename="../../app/guides/render.py" line="69"/>
        <source>from user reports; check the menu names on your device</source>
        <translation>d’après des retours d’utilisateurs ; vérifiez les noms des menus sur votre appareil</translation>
    </message>
    <message>
        <location filename="../../app/guides/render.py" line="74"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location filename="../../app/guides/render.py" line="75"/>
        <source>only partly, or not on every firmware</source>
        <translation>seulement en partie, ou pas sur tous les firmwares</translation>
    </message>
    <message>
        <location filename="../../app/guides/render.py" line="76"/>
        <source>no: use a workaround</source>
        <translation>non : utilisez une solution de contournement</translation>
    </message>
    <message>
        <location filename="../../app/guides/render.py" line="77"/>
        <source>there is none: this product has no SIP ALG</source>
        <translation>il n’y en a pas : ce produit n’a pas de SIP ALG</translation>
    </message>
    <message>
        <location filename="../../app/guides/render.py" line="82"/>
        <source>What helps instead</source>
        <translation>Ce qui aide à la place</translation>
    </message>
    <message>
        <location filename="../../app/guides/render.py" line="84"/>
        <source>If it cannot be switched off</source>
        <translation>S’il ne peut pas être désactivé</translation>
    </message>
    <message>
        <location filename="../../app/guides/render.py" line="86"/>
        <source>Restart the router afterwards (required).</source>
        <translation>Redémarrez ensuite le routeur (obligatoire).</translation>
    </message>
    <message>
        <location filename="../../app/guides/render.py" line="87"/>
        <source>Restart the router afterwards, so calls set up before the change are forgotten.</source>
        <translation>Redémarrez ensuite le routeur, pour qu’il oublie les appels établis avant la modification.</translation>
    </message>
    <message>
        <location filename="../../app/guides/render.py" line="90"/>
        <source>No restart is needed.</source>
        <translation>Aucun redémarrage n’est nécessaire.</translation>
    </message>
    <message>
        <location filename="../../app/guides/render.py" line="98"/>
        <source>This device cannot switch its SIP ALG off. Use one of the workarounds below instead.</source>
        <translation>Cet appareil ne permet pas de désactiver son SIP ALG. Utilisez plutôt l’une des solutions de contournement ci-dessous.</translation>
    </message>
    <message>
        <location filename="../../app/guides/render.py" line="106"/>
        <source>This device can only partly switch its SIP ALG off (or not on every firmware). If the test still finds rewriting afterwards, use a workaround below.</source>
        <translation>Cet appareil ne permet de désactiver son SIP ALG qu’en partie (ou pas sur tous les firmwares). Si le test trouve encore des réécritures ensuite, utilisez une solution de contournement ci-dessous.</translation>
    </message>
    <message>
        <location filename="../../app/guides/render.py" line="114"/>
        <source>This product has no SIP ALG of its own, so there is nothing to switch off. If the test found one, it is in another device on the path (for example your internet provider&apos;s modem).</source>
        <translation>Ce produit n’a pas de SIP ALG à lui, il n’y a donc rien à désactiver. Si le test en a trouvé un, il se trouve dans un autre appareil sur le chemin (par exemple la box de votre fournisseur d’accès).</translation>
    </message>
    <message>
        <location filename="../../app/guides/render.py" line="124"/>
        <source>Can it be switched off</source>
        <translation>Peut-il être désactivé</translation>
    </message>
    <message>
        <location filename="../../app/guides/render.py" line="127"/>
        <source>The setting is called</source>
        <translation>Le réglage s’appelle</translation>
    </message>
    <message>
        <location filename="../../app/guides/render.py" line="129"/>
        <source>Source of these steps</source>
        <translation>Source de ces étapes</translation>
    </message>
    <message>
        <location filename="../../app/guides/render.py" line="132"/>
        <source>Last checked</source>
        <translation>Dernière vérification</translation>
    </message>
    <message>
        <location filename="../../app/guides/render.py" line="133"/>
        <source>Restart</source>
        <translation>Redémarrage</translation>
    </message>
</context>
<context>
    <name>Jargon</name>
    <message>
        <location filename="../../app/ui/jargon.py" line="21"/>
        <source>SIP: the language internet phones use to set up calls.</source>
        <translation>SIP : le langage que les téléphones Internet utilisent pour établir les appels.</translation>
    </message>
    <message>
        <location filename="../../app/ui/jargon.py" line="22"/>
        <source>SIP ALG: a &apos;helper&apos; built into many routers that rewrites phone messages on the way through. It often breaks calls instead of helping.</source>
        <translation>SIP ALG : un « assistant » intégré à de nombreux routeurs, qui réécrit les messages téléphoniques au passage. Souvent, il perturbe les appels au lieu d’aider.</translation>
    </message>
    <message>
        <location filename="../../app/ui/jargon.py" line="27"/>
        <source>UDP and TCP: two ways of sending data over the internet. Most phones use UDP; some use TCP.</source>
        <translation>UDP et TCP : deux façons d’envoyer des données sur Internet. La plupart des téléphones utilisent UDP ; certains utilisent TCP.</translation>
    </message>
    <message>
        <location filename="../../app/ui/jargon.py" line="32"/>
        <source>NAT: your router shares one internet address between all your devices. That is normal and not a problem by itself.</source>
        <translation>NAT : votre routeur partage une seule adresse Internet entre tous vos appareils. C’est normal et ce n’est pas un problème en soi.</translation>
    </message>
    <message>
        <location filename="../../app/ui/jargon.py" line="37"/>
        <source>RTP: how the sound of a call travels, separately from the call set-up.</source>
        <translation>RTP : la façon dont le son d’un appel circule, séparément de l’établissement de l’appel.</translation>
    </message>
    <message>
        <location filename="../../app/ui/jargon.py" line="40"/>
        <source>Binding lifetime (idle-connection test): how long your router remembers a quiet phone connection. If it forgets too soon, incoming calls cannot reach the phone.</source>
        <translation>Durée de vie des connexions (test de connexion inactive) : combien de temps votre routeur garde en mémoire une connexion téléphonique silencieuse. S’il l’oublie trop tôt, les appels entrants ne peuvent pas atteindre le téléphone.</translation>
    </message>
    <message>
        <location filename="../../app/ui/jargon.py" line="77"/>
        <source>What&apos;s this?</source>
        <translation>Qu’est-ce que c’est ?</translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <location filename="../../app/ui/pages/base.py" line="87"/>
        <source>Checking your router and connection…</source>
        <translation>Vérification de votre routeur et de votre connexion…</translation>
    </message>
</context>
<context>
    <name>ProviderPicker</name>
    <message>
        <location filename="../../app/ui/provider_picker.py" line="68"/>
        <source>Type your provider&apos;s name</source>
        <translation>Saisissez le nom de votre fournisseur</translation>
    </message>
    <message>
        <location filename="../../app/ui/provider_picker.py" line="69"/>
        <source>Search for your phone service provider</source>
        <translation>Rechercher votre fournisseur de téléphonie</translation>
    </message>
    <message>
        <location filename="../../app/ui/provider_picker.py" line="73"/>
        <source>Phone service providers</source>
        <translation>Fournisseurs de téléphonie</translation>
    </message>
    <message>
        <location filename="../../app/ui/provider_picker.py" line="75"/>
        <source>About the search</source>
        <translation>À propos de la recherche</translation>
    </message>
    <message>
        <location filename="../../app/ui/provider_picker.py" line="76"/>
        <source>Enter the server from my phone&apos;s settings</source>
        <translation>Saisir le serveur indiqué dans les réglages de mon téléphone</translation>
    </message>
    <message>
        <location filename="../../app/ui/provider_picker.py" line="77"/>
        <source>I don&apos;t know</source>
        <translation>Je ne sais pas</translation>
    </message>
    <message>
        <location filename="../../app/ui/provider_picker.py" line="78"/>
        <source>I don&apos;t know my provider&apos;s server</source>
        <translation>Je ne connais pas le serveur de mon fournisseur</translation>
    </message>
    <message>
        <location filename="../../app/ui/provider_picker.py" line="133"/>
        <source>The list of providers could not be read.</source>
        <translation>Impossible de lire la liste des fournisseurs.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/provider_picker.py" line="146"/>
        <source>Type your provider&apos;s name to search all %n providers we know.</source>
        <translation>
            <numerusform>Saisissez le nom de votre fournisseur pour chercher parmi les %n fournisseur que nous connaissons.</numerusform>
            <numerusform>Saisissez le nom de votre fournisseur pour chercher parmi les %n fournisseurs que nous connaissons.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/provider_picker.py" line="158"/>
        <source>We don&apos;t know a provider called “%s”.</source>
        <translation>Nous ne connaissons pas de fournisseur appelé « %s ».</translation>
    </message>
    <message>
        <location filename="../../app/ui/provider_picker.py" line="160"/>
        <source>Is it one of these?</source>
        <translation>Est-ce l’un de ceux-ci ?</translation>
    </message>
    <message>
        <location filename="../../app/ui/provider_picker.py" line="162"/>
        <source>Otherwise enter the server from your phone&apos;s settings, or choose “I don&apos;t know”.</source>
        <translation>Sinon, saisissez le serveur indiqué dans les réglages de votre téléphone, ou choisissez « Je ne sais pas ».</translation>
    </message>
    <message>
        <location filename="../../app/ui/provider_picker.py" line="197"/>
        <source>It publishes no server name.</source>
        <translation>Il ne publie aucun nom de serveur.</translation>
    </message>
    <message>
        <location filename="../../app/ui/provider_picker.py" line="199"/>
        <source>%s: %s Enter the server from your phone&apos;s settings instead.</source>
        <translation>%s : %s Saisissez plutôt le serveur indiqué dans les réglages de votre téléphone.</translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <location filename="../../app/ui/pages/report.py" line="59"/>
        <source>Your report</source>
        <translation>Votre rapport</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/report.py" line="60"/>
        <source>Keep it, or send it to your VoIP provider&apos;s support.</source>
        <translation>Conservez-le, ou envoyez-le à l’assistance de votre fournisseur VoIP.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/report.py" line="69"/>
        <source>The server tested</source>
        <translation>Le serveur testé</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/report.py" line="71"/>
        <source>Summary for a support request:</source>
        <translation>Résumé pour une demande d’assistance :</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/report.py" line="75"/>
        <source>Report summary</source>
        <translation>Résumé du rapport</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/report.py" line="76"/>
        <source>&amp;Hide my public IP address in the report</source>
        <translation>&amp;Masquer mon adresse IP publique dans le rapport</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/report.py" line="77"/>
        <source>Hide my public IP address</source>
        <translation>Masquer mon adresse IP publique</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/report.py" line="80"/>
        <source>Copy for my &amp;provider</source>
        <translation>Copier pour mon &amp;fournisseur</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/report.py" line="81"/>
        <source>Copy the summary for my provider</source>
        <translation>Copier le résumé pour mon fournisseur</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/report.py" line="82"/>
        <source>Save as &amp;web page…</source>
        <translation>Enregistrer en page &amp;web…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/report.py" line="83"/>
        <source>Save as &amp;JSON…</source>
        <translation>Enregistrer en &amp;JSON…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/report.py" line="84"/>
        <source>Open the &amp;folder</source>
        <translation>Ouvrir le &amp;dossier</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/report.py" line="89"/>
        <source>Where the report was saved</source>
        <translation>Emplacement d’enregistrement du rapport</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/report.py" line="178"/>
        <source>there is no folder to save it in</source>
        <translation>il n’y a pas de dossier où l’enregistrer</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/report.py" line="196"/>
        <source>A copy of this report was saved to: %s</source>
        <translation>Une copie de ce rapport a été enregistrée dans : %s</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/report.py" line="203"/>
        <source>A copy could not be saved automatically (%s). Use “Save as web page…”.</source>
        <translation>Impossible d’enregistrer une copie automatiquement (%s). Utilisez « Enregistrer en page web… ».</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/report.py" line="213"/>
        <source>Copied. Paste it into your message to your provider.</source>
        <translation>Copié. Collez-le dans votre message à votre fournisseur.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/report.py" line="219"/>
        <source>Web page (*.html)</source>
        <translation>Page web (*.html)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/report.py" line="219"/>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/report.py" line="220"/>
        <source>Save report</source>
        <translation>Enregistrer le rapport</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/report.py" line="235"/>
        <source>The report could not be saved to %s: %s</source>
        <translation>Impossible d’enregistrer le rapport dans %s : %s</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/report.py" line="238"/>
        <source>Saved to %s</source>
        <translation>Enregistré dans %s</translation>
    </message>
</context>
<context>
    <name>ResultWords</name>
    <message>
        <location filename="../../app/ui/result_words.py" line="54"/>
        <source>This is the likely cause of what you noticed (%s): switching it off should fix it.</source>
        <translation>C’est probablement la cause de ce que vous avez remarqué (%s) : le désactiver devrait régler le problème.</translation>
    </message>
    <message>
        <location filename="../../app/ui/result_words.py" line="59"/>
        <source>It rewrites the addresses your phones send, which breaks calls (one-way audio, calls that drop or never ring); switching it off should fix it.</source>
        <translation>Il réécrit les adresses envoyées par vos téléphones, ce qui perturbe les appels (son dans un seul sens, appels qui se coupent ou qui ne sonnent jamais) ; le désactiver devrait régler le problème.</translation>
    </message>
    <message>
        <location filename="../../app/ui/result_words.py" line="66"/>
        <source>This is the likely cause of what you noticed (%s): your router&apos;s SIP ALG or a firewall rule swallows phone traffic on its usual port.</source>
        <translation>C’est probablement la cause de ce que vous avez remarqué (%s) : le SIP ALG de votre routeur ou une règle de pare-feu bloque le trafic téléphonique sur son port habituel.</translation>
    </message>
    <message>
        <location filename="../../app/ui/result_words.py" line="71"/>
        <source>Your router&apos;s SIP ALG or a firewall rule swallows phone traffic on its usual port, so phones may fail to register or to ring.</source>
        <translation>Le SIP ALG de votre routeur ou une règle de pare-feu bloque le trafic téléphonique sur son port habituel : les téléphones peuvent donc ne pas réussir à s’enregistrer ou à sonner.</translation>
    </message>
    <message>
        <location filename="../../app/ui/result_words.py" line="78"/>
        <source>Your router passes calls through unchanged, so something else causes what you noticed (%s); the steps below list the usual causes.</source>
        <translation>Votre routeur laisse passer les appels sans modification : c’est donc autre chose qui provoque ce que vous avez remarqué (%s) ; les étapes ci-dessous indiquent les causes habituelles.</translation>
    </message>
    <message>
        <location filename="../../app/ui/result_words.py" line="83"/>
        <source>Your router passes calls through unchanged: there is nothing to switch off.</source>
        <translation>Votre routeur laisse passer les appels sans modification : il n’y a rien à désactiver.</translation>
    </message>
    <message>
        <location filename="../../app/ui/result_words.py" line="88"/>
        <source>The test was stopped before it finished, so it says nothing about your router yet.</source>
        <translation>Le test a été arrêté avant la fin : il ne dit donc encore rien sur votre routeur.</translation>
    </message>
    <message>
        <location filename="../../app/ui/result_words.py" line="92"/>
        <source>The test got no usable answers, so it says nothing about your router yet; this is usually the connection or the server, not your router.</source>
        <translation>Le test n’a obtenu aucune réponse exploitable : il ne dit donc encore rien sur votre routeur ; en général, c’est la connexion ou le serveur qui est en cause, pas votre routeur.</translation>
    </message>
    <message>
        <location filename="../../app/ui/result_words.py" line="107"/>
        <source>Your router changed calls sent over UDP, the usual way phones connect.</source>
        <translation>Votre routeur a modifié les appels envoyés en UDP, le mode de connexion habituel des téléphones.</translation>
    </message>
    <message>
        <location filename="../../app/ui/result_words.py" line="112"/>
        <source>Your router changed calls sent over %s.</source>
        <translation>Votre routeur a modifié les appels envoyés en %s.</translation>
    </message>
    <message>
        <location filename="../../app/ui/result_words.py" line="119"/>
        <source>Calls sent over UDP, the usual way phones connect, passed unchanged.</source>
        <translation>Les appels envoyés en UDP, le mode de connexion habituel des téléphones, sont passés sans modification.</translation>
    </message>
    <message>
        <location filename="../../app/ui/result_words.py" line="124"/>
        <source>Calls over %s passed unchanged.</source>
        <translation>Les appels en %s sont passés sans modification.</translation>
    </message>
    <message>
        <location filename="../../app/ui/result_words.py" line="129"/>
        <source>Calls sent over UDP, the usual way phones connect, were swallowed.</source>
        <translation>Les appels envoyés en UDP, le mode de connexion habituel des téléphones, ont été bloqués.</translation>
    </message>
    <message>
        <location filename="../../app/ui/result_words.py" line="134"/>
        <source>Calls over %s were swallowed.</source>
        <translation>Les appels en %s ont été bloqués.</translation>
    </message>
    <message>
        <location filename="../../app/ui/result_words.py" line="139"/>
        <source>Calls sent over UDP, the usual way phones connect, got no answer.</source>
        <translation>Les appels envoyés en UDP, le mode de connexion habituel des téléphones, n’ont obtenu aucune réponse.</translation>
    </message>
    <message>
        <location filename="../../app/ui/result_words.py" line="144"/>
        <source>Calls over %s got no answer.</source>
        <translation>Les appels en %s n’ont obtenu aucune réponse.</translation>
    </message>
    <message>
        <location filename="../../app/ui/result_words.py" line="165"/>
        <source>Switch the SIP ALG off: “Show me how to switch it off” shows how.</source>
        <translation>Désactivez le SIP ALG : « Me montrer comment le désactiver » vous indique comment faire.</translation>
    </message>
    <message>
        <location filename="../../app/ui/result_words.py" line="185"/>
        <source>Nothing to change on your router. If calls still misbehave, save a report and send it to your provider.</source>
        <translation>Rien à modifier sur votre routeur. Si les appels posent encore problème, enregistrez un rapport et envoyez-le à votre fournisseur.</translation>
    </message>
    <message>
        <location filename="../../app/ui/result_words.py" line="209"/>
        <source>%s and %s</source>
        <translation>%s et %s</translation>
    </message>
    <message>
        <location filename="../../app/ui/result_words.py" line="223"/>
        <source>SIP ALG Doctor found that my router rewrites SIP messages sent over %s (a SIP ALG). I am switching it off; if the problem stays, please check a call trace.</source>
        <translation>SIP ALG Doctor a constaté que mon routeur réécrit les messages SIP envoyés en %s (un SIP ALG). Je le désactive ; si le problème persiste, merci d’examiner une trace d’appel.</translation>
    </message>
    <message>
        <location filename="../../app/ui/result_words.py" line="229"/>
        <source>SIP ALG Doctor found that SIP messages over %s to port %s are dropped on my connection, while another port works. Can my phones use another port or SIP over TLS?</source>
        <translation>SIP ALG Doctor a constaté que les messages SIP en %s vers le port %s sont supprimés sur ma connexion, alors qu’un autre port fonctionne. Mes téléphones peuvent-ils utiliser un autre port ou SIP over TLS ?</translation>
    </message>
    <message>
        <location filename="../../app/ui/result_words.py" line="237"/>
        <source>SIP ALG Doctor found no SIP ALG on my connection: SIP messages pass unchanged.</source>
        <translation>SIP ALG Doctor n’a trouvé aucun SIP ALG sur ma connexion : les messages SIP passent sans modification.</translation>
    </message>
    <message>
        <location filename="../../app/ui/result_words.py" line="242"/>
        <source>Still, I have this problem: %s. Please check a call trace.</source>
        <translation>J’ai pourtant ce problème : %s. Merci d’examiner une trace d’appel.</translation>
    </message>
    <message>
        <location filename="../../app/ui/result_words.py" line="246"/>
        <source>SIP ALG Doctor could not get an answer from its test server, so it could not check my connection for a SIP ALG yet.</source>
        <translation>SIP ALG Doctor n’a pas obtenu de réponse de son serveur de test : il n’a donc pas encore pu vérifier si ma connexion comporte un SIP ALG.</translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <location filename="../../app/ui/pages/results.py" line="73"/>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/results.py" line="74"/>
        <source>What the test found, and what to do next.</source>
        <translation>Ce que le test a trouvé, et ce qu’il faut faire ensuite.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/results.py" line="87"/>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/results.py" line="89"/>
        <source>What it means</source>
        <translation>Ce que cela signifie</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/results.py" line="91"/>
        <source>What happened to each kind of call</source>
        <translation>Ce qui est arrivé à chaque type d’appel</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/results.py" line="93"/>
        <source>What&apos;s this? SIP, ALG, UDP and TCP explained</source>
        <translation>Qu’est-ce que c’est ? SIP, ALG, UDP et TCP expliqués</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/results.py" line="100"/>
        <source>The server tested</source>
        <translation>Le serveur testé</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/results.py" line="103"/>
        <source>What to do next</source>
        <translation>Que faire ensuite</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/results.py" line="105"/>
        <source>Another way on</source>
        <translation>Une autre solution</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/results.py" line="125"/>
        <source>What to do</source>
        <translation>Que faire</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/results.py" line="129"/>
        <source>What&apos;s this? The words in the steps explained</source>
        <translation>Qu’est-ce que c’est ? Les termes des étapes expliqués</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/results.py" line="138"/>
        <source>What to tell your provider</source>
        <translation>Ce qu’il faut dire à votre fournisseur</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/results.py" line="139"/>
        <location filename="../../app/ui/pages/results.py" line="207"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/results.py" line="140"/>
        <source>Copy what to tell your provider</source>
        <translation>Copier ce qu’il faut dire à votre fournisseur</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/results.py" line="147"/>
        <location filename="../../app/ui/pages/results.py" line="211"/>
        <source>What your router changed — for your provider</source>
        <translation>Ce que votre routeur a modifié — pour votre fournisseur</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/results.py" line="153"/>
        <source>Details of what was found</source>
        <translation>Détails de ce qui a été trouvé</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/results.py" line="191"/>
        <source>How sure we are: %s</source>
        <translation>Degré de certitude : %s</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/results.py" line="213"/>
        <source>Details — for your provider</source>
        <translation>Détails — pour votre fournisseur</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/results.py" line="264"/>
        <source>Show me how to &amp;switch it off</source>
        <translation>Me montrer comment le &amp;désactiver</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/results.py" line="267"/>
        <source>&amp;Try again</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/results.py" line="268"/>
        <source>Use another se&amp;rver</source>
        <translation>Utiliser un autre &amp;serveur</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/results.py" line="270"/>
        <source>Run the &amp;idle-connection test</source>
        <translation>Lancer le test de connexion i&amp;nactive</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/results.py" line="271"/>
        <location filename="../../app/ui/pages/results.py" line="273"/>
        <source>Save a re&amp;port</source>
        <translation>Enregistrer un ra&amp;pport</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/results.py" line="285"/>
        <source>Tests again whether your router forgets a quiet phone connection, which stops phones from ringing. Adds a few minutes.</source>
        <translation>Vérifie à nouveau si votre routeur oublie une connexion téléphonique silencieuse, ce qui empêche les téléphones de sonner. Ajoute quelques minutes.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/results.py" line="308"/>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
</context>
<context>
    <name>RouterPage</name>
    <message>
        <location filename="../../app/ui/pages/router.py" line="24"/>
        <source>Your router</source>
        <translation>Votre routeur</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/router.py" line="26"/>
        <source>Pick the router (or firewall) that connects you to the internet.</source>
        <translation>Choisissez le routeur (ou le pare-feu) qui vous relie à Internet.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/router.py" line="30"/>
        <source>Identified router</source>
        <translation>Routeur identifié</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/router.py" line="52"/>
        <source>We recognised your router (&lt;b&gt;%s&lt;/b&gt;), but there is no guide for it yet, so “Not listed / I don&apos;t know” is chosen: its steps work on any router.</source>
        <translation>Nous avons reconnu votre routeur (&lt;b&gt;%s&lt;/b&gt;), mais il n’a pas encore de guide ; « Pas dans la liste / Je ne sais pas » est donc choisi : ses étapes fonctionnent sur tous les routeurs.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/router.py" line="56"/>
        <source>see below</source>
        <translation>voir ci-dessous</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/router.py" line="60"/>
        <source>We think your router is a &lt;b&gt;%s&lt;/b&gt;.</source>
        <translation>Nous pensons que votre routeur est un &lt;b&gt;%s&lt;/b&gt;.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/router.py" line="61"/>
        <source>How we know:</source>
        <translation>Comment nous le savons :</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/router.py" line="63"/>
        <source>If that is wrong, search for yours below.</source>
        <translation>Si ce n’est pas le bon, cherchez le vôtre ci-dessous.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/router.py" line="70"/>
        <source>We could not tell which router you have. Search for it below, or go on with “Not listed / I don&apos;t know”: its steps work on any router.</source>
        <translation>Nous n’avons pas pu déterminer quel routeur vous avez. Cherchez-le ci-dessous, ou continuez avec « Pas dans la liste / Je ne sais pas » : ses étapes fonctionnent sur tous les routeurs.</translation>
    </message>
</context>
<context>
    <name>RouterPicker</name>
    <message>
        <location filename="../../app/ui/router_picker.py" line="105"/>
        <source>Type a brand or model, e.g. TP-Link Archer</source>
        <translation>Saisissez une marque ou un modèle, par ex. TP-Link Archer</translation>
    </message>
    <message>
        <location filename="../../app/ui/router_picker.py" line="106"/>
        <source>Search for your router</source>
        <translation>Rechercher votre routeur</translation>
    </message>
    <message>
        <location filename="../../app/ui/router_picker.py" line="108"/>
        <source>Type to search; the arrow keys move through the routers below.</source>
        <translation>Saisissez pour rechercher ; les flèches du clavier permettent de parcourir les routeurs ci-dessous.</translation>
    </message>
    <message>
        <location filename="../../app/ui/router_picker.py" line="113"/>
        <source>About the search</source>
        <translation>À propos de la recherche</translation>
    </message>
    <message>
        <location filename="../../app/ui/router_picker.py" line="116"/>
        <source>Routers</source>
        <translation>Routeurs</translation>
    </message>
    <message>
        <location filename="../../app/ui/router_picker.py" line="119"/>
        <source>Grouped by kind. The first entry, Not listed / I don&apos;t know, gives steps that work on any router.</source>
        <translation>Classés par type. La première entrée, Pas dans la liste / Je ne sais pas, donne des étapes qui fonctionnent sur tous les routeurs.</translation>
    </message>
    <message>
        <location filename="../../app/ui/router_picker.py" line="185"/>
        <source>Not in the list? Choose “Not listed / I don&apos;t know” at the top.</source>
        <translation>Pas dans la liste ? Choisissez « Pas dans la liste / Je ne sais pas » en haut.</translation>
    </message>
    <message>
        <location filename="../../app/ui/router_picker.py" line="197"/>
        <source>“%s” does not name a brand or model (they are printed on the router&apos;s label).</source>
        <translation>« %s » n’est pas une marque ni un modèle (ils sont imprimés sur l’étiquette du routeur).</translation>
    </message>
    <message>
        <location filename="../../app/ui/router_picker.py" line="204"/>
        <source>%s has no guide of its own yet, and the steps for the maker&apos;s other products do not apply to it.</source>
        <translation>%s n’a pas encore de guide à lui, et les étapes des autres produits du fabricant ne s’y appliquent pas.</translation>
    </message>
    <message>
        <location filename="../../app/ui/router_picker.py" line="210"/>
        <source>No guide matches “%s”.</source>
        <translation>Aucun guide ne correspond à « %s ».</translation>
    </message>
    <message>
        <location filename="../../app/ui/router_picker.py" line="214"/>
        <source>“Not listed / I don&apos;t know” is chosen: its steps work on any router.</source>
        <translation>« Pas dans la liste / Je ne sais pas » est choisi : ses étapes fonctionnent sur tous les routeurs.</translation>
    </message>
    <message>
        <location filename="../../app/ui/router_picker.py" line="222"/>
        <source>Not listed / I don&apos;t know</source>
        <translation>Pas dans la liste / Je ne sais pas</translation>
    </message>
    <message>
        <location filename="../../app/ui/router_picker.py" line="224"/>
        <source>General steps that work on any router</source>
        <translation>Étapes générales qui fonctionnent sur tous les routeurs</translation>
    </message>
    <message>
        <location filename="../../app/ui/router_picker.py" line="229"/>
        <source>Home routers</source>
        <translation>Routeurs domestiques</translation>
    </message>
    <message>
        <location filename="../../app/ui/router_picker.py" line="230"/>
        <source>Boxes from your internet provider</source>
        <translation>Box de votre fournisseur d’accès</translation>
    </message>
    <message>
        <location filename="../../app/ui/router_picker.py" line="231"/>
        <source>Mesh Wi-Fi</source>
        <translation>Wi-Fi maillé (mesh)</translation>
    </message>
    <message>
        <location filename="../../app/ui/router_picker.py" line="232"/>
        <source>Mobile internet (4G/5G) routers</source>
        <translation>Routeurs Internet mobile (4G/5G)</translation>
    </message>
    <message>
        <location filename="../../app/ui/router_picker.py" line="233"/>
        <source>Business routers and firewalls</source>
        <translation>Routeurs et pare-feu professionnels</translation>
    </message>
    <message>
        <location filename="../../app/ui/router_picker.py" line="234"/>
        <source>Other routers</source>
        <translation>Autres routeurs</translation>
    </message>
    <message>
        <location filename="../../app/ui/router_picker.py" line="254"/>
        <source>Group: %s</source>
        <translation>Groupe : %s</translation>
    </message>
</context>
<context>
    <name>ServerWords</name>
    <message>
        <location filename="../../app/ui/words.py" line="49"/>
        <location filename="../../app/ui/words.py" line="53"/>
        <source>Tested against %s.</source>
        <translation>Testé avec %s.</translation>
    </message>
    <message>
        <location filename="../../app/ui/words.py" line="55"/>
        <source>Tested against %s (%s).</source>
        <translation>Testé avec %s (%s).</translation>
    </message>
    <message>
        <location filename="../../app/ui/words.py" line="60"/>
        <source>No answer from: %s.</source>
        <translation>Pas de réponse de : %s.</translation>
    </message>
</context>
<context>
    <name>SetupPage</name>
    <message>
        <location filename="../../app/ui/pages/setup.py" line="73"/>
        <source>Who provides your phone service?</source>
        <translation>Qui fournit votre service téléphonique ?</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/setup.py" line="76"/>
        <source>The test messages go to this server and back. Not sure? “I don&apos;t know” works too.</source>
        <translation>Les messages de test vont jusqu’à ce serveur et reviennent. Vous ne savez pas ? « Je ne sais pas » fonctionne aussi.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/setup.py" line="86"/>
        <source>Test against your provider&apos;s test server</source>
        <translation>Tester avec le serveur de test de votre fournisseur</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/setup.py" line="88"/>
        <source>My provider is:</source>
        <translation>Mon fournisseur est :</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/setup.py" line="89"/>
        <source>Choose my provider from the list</source>
        <translation>Choisir mon fournisseur dans la liste</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/setup.py" line="92"/>
        <source>The server in my phone&apos;s settings:</source>
        <translation>Le serveur indiqué dans les réglages de mon téléphone :</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/setup.py" line="93"/>
        <source>Test against the server in my phone&apos;s settings</source>
        <translation>Tester avec le serveur indiqué dans les réglages de mon téléphone</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/setup.py" line="95"/>
        <source>e.g. sip.myprovider.com</source>
        <translation>par ex. sip.monfournisseur.fr</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/setup.py" line="96"/>
        <source>SIP server from my phone&apos;s settings</source>
        <translation>Serveur SIP indiqué dans les réglages de mon téléphone</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/setup.py" line="99"/>
        <source>Problem with the address</source>
        <translation>Problème avec l’adresse</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/setup.py" line="102"/>
        <source>The &apos;SIP server&apos;, &apos;domain&apos;, &apos;registrar&apos; or &apos;proxy&apos; in your phone&apos;s or adapter&apos;s account settings.</source>
        <translation>Le « serveur SIP », « domaine », « registrar » ou « proxy » dans les réglages du compte de votre téléphone ou de votre adaptateur.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/setup.py" line="107"/>
        <source>I don&apos;t know</source>
        <translation>Je ne sais pas</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/setup.py" line="108"/>
        <source>I don&apos;t know my provider&apos;s server</source>
        <translation>Je ne connais pas le serveur de mon fournisseur</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/setup.py" line="112"/>
        <source>Advanced: a SIP ALG Doctor test server</source>
        <translation>Avancé : un serveur de test SIP ALG Doctor</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/setup.py" line="113"/>
        <source>Show the test server option</source>
        <translation>Afficher l’option du serveur de test</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/setup.py" line="118"/>
        <source>A SIP ALG Doctor test server:</source>
        <translation>Un serveur de test SIP ALG Doctor :</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/setup.py" line="120"/>
        <source>Test against a SIP ALG Doctor test server</source>
        <translation>Tester avec un serveur de test SIP ALG Doctor</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/setup.py" line="123"/>
        <source>e.g. reflector.myprovider.com</source>
        <translation>par ex. reflector.monfournisseur.fr</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/setup.py" line="124"/>
        <source>Test server address</source>
        <translation>Adresse du serveur de test</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/setup.py" line="127"/>
        <source>Problem with the test server address</source>
        <translation>Problème avec l’adresse du serveur de test</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/setup.py" line="130"/>
        <source>Your provider&apos;s support may give you one. It sees exactly what your router changes, in both directions.</source>
        <translation>L’assistance de votre fournisseur peut vous en donner un. Il voit exactement ce que votre routeur modifie, dans les deux sens.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/setup.py" line="141"/>
        <source>Also measure how long my router keeps idle phone connections open (adds a few minutes)</source>
        <translation>Mesurer aussi combien de temps mon routeur garde ouvertes les connexions téléphoniques inactives (ajoute quelques minutes)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/setup.py" line="145"/>
        <source>Measure connection lifetime</source>
        <translation>Mesurer la durée de vie des connexions</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/setup.py" line="147"/>
        <source>What will be contacted</source>
        <translation>Ce qui sera contacté</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/setup.py" line="207"/>
        <source>Your provider&apos;s test server (%s)</source>
        <translation>Le serveur de test de votre fournisseur (%s)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/setup.py" line="209"/>
        <source>Your provider&apos;s server (%s)</source>
        <translation>Le serveur de votre fournisseur (%s)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/setup.py" line="216"/>
        <source>What this cannot check:</source>
        <translation>Ce que ce test ne peut pas vérifier :</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/setup.py" line="290"/>
        <source>We will send a few harmless test messages (SIP OPTIONS) to %s.</source>
        <translation>Nous enverrons quelques messages de test sans danger (SIP OPTIONS) à %s.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/setup.py" line="292"/>
        <source>We will send a few test calls to the SIP ALG Doctor test server %s, which sends back exactly what arrived.</source>
        <translation>Nous enverrons quelques appels de test au serveur de test SIP ALG Doctor %s, qui renvoie exactement ce qu’il a reçu.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/setup.py" line="301"/>
        <source>Choose your provider in the list, or one of the other ways.</source>
        <translation>Choisissez votre fournisseur dans la liste, ou l’une des autres options.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/setup.py" line="305"/>
        <source>%s publishes no server we can test. Enter the server from your phone&apos;s settings, or choose “I don&apos;t know”.</source>
        <translation>%s ne publie aucun serveur que nous pouvons tester. Saisissez le serveur indiqué dans les réglages de votre téléphone, ou choisissez « Je ne sais pas ».</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/setup.py" line="308"/>
        <source>%s&apos;s server %s</source>
        <translation>Serveur de %s : %s</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/setup.py" line="313"/>
        <source>We will send a few harmless test messages (SIP OPTIONS) to public SIP services such as %s, one after the other until one answers.</source>
        <translation>Nous enverrons quelques messages de test sans danger (SIP OPTIONS) à des services SIP publics comme %s, l’un après l’autre jusqu’à ce que l’un d’eux réponde.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/setup.py" line="319"/>
        <source>Enter the server from your phone&apos;s settings.</source>
        <translation>Saisissez le serveur indiqué dans les réglages de votre téléphone.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/setup.py" line="322"/>
        <source>Enter the test server&apos;s address.</source>
        <translation>Saisissez l’adresse du serveur de test.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/setup.py" line="336"/>
        <source>Please check the address: %s</source>
        <translation>Veuillez vérifier l’adresse : %s</translation>
    </message>
</context>
<context>
    <name>Symptoms</name>
    <message>
        <location filename="../../app/diagnosis/symptoms.py" line="38"/>
        <source>One-way audio</source>
        <translation>Son dans un seul sens</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/symptoms.py" line="39"/>
        <source>You can hear them but they cannot hear you, or the other way round.</source>
        <translation>Vous entendez votre correspondant mais il ne vous entend pas, ou l’inverse.</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/symptoms.py" line="45"/>
        <source>Calls drop about 30 seconds after answering</source>
        <translation>Les appels coupent environ 30 secondes après avoir décroché</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/symptoms.py" line="46"/>
        <source>The call connects, then cuts off after roughly half a minute.</source>
        <translation>L’appel s’établit, puis coupe au bout d’environ une demi-minute.</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/symptoms.py" line="52"/>
        <source>The phone does not ring</source>
        <translation>Le téléphone ne sonne pas</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/symptoms.py" line="53"/>
        <source>People say they called, but your phone never rang.</source>
        <translation>On vous dit avoir appelé, mais votre téléphone n’a jamais sonné.</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/symptoms.py" line="57"/>
        <source>Calls go straight to voicemail</source>
        <translation>Les appels partent directement sur la messagerie</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/symptoms.py" line="58"/>
        <source>Callers reach your voicemail without your phone ringing.</source>
        <translation>Vos correspondants tombent sur votre messagerie sans que votre téléphone sonne.</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/symptoms.py" line="62"/>
        <source>The phone keeps losing registration</source>
        <translation>Le téléphone perd souvent son enregistrement</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/symptoms.py" line="63"/>
        <source>The phone shows &apos;not registered&apos; or &apos;no service&apos; now and then.</source>
        <translation>Le téléphone affiche de temps en temps « non enregistré » ou « pas de service ».</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/symptoms.py" line="69"/>
        <source>Choppy or robotic audio</source>
        <translation>Son haché ou robotique</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/symptoms.py" line="70"/>
        <source>Voices break up, stutter or sound metallic.</source>
        <translation>Les voix sont hachées, saccadées ou métalliques.</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/symptoms.py" line="74"/>
        <source>Not sure</source>
        <translation>Je ne sais pas trop</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/symptoms.py" line="75"/>
        <source>Something is wrong with calls but it is hard to describe.</source>
        <translation>Quelque chose ne va pas avec les appels, mais c’est difficile à décrire.</translation>
    </message>
</context>
<context>
    <name>SymptomsPage</name>
    <message>
        <location filename="../../app/ui/pages/symptoms.py" line="16"/>
        <source>What happens with your calls?</source>
        <translation>Que se passe-t-il avec vos appels ?</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/symptoms.py" line="19"/>
        <source>Tick everything that sounds familiar. This is optional; it helps explain the results.</source>
        <translation>Cochez tout ce qui vous semble familier. C’est facultatif ; cela aide à expliquer les résultats.</translation>
    </message>
</context>
<context>
    <name>VerifyPage</name>
    <message>
        <location filename="../../app/ui/pages/verify.py" line="59"/>
        <source>Did it work?</source>
        <translation>Est-ce que ça a marché ?</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/verify.py" line="60"/>
        <source>Run the same test again now that the setting is changed.</source>
        <translation>Relancez le même test maintenant que le réglage est modifié.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/verify.py" line="63"/>
        <location filename="../../app/ui/pages/verify.py" line="194"/>
        <location filename="../../app/ui/pages/verify.py" line="262"/>
        <location filename="../../app/ui/pages/verify.py" line="306"/>
        <source>&amp;Test again</source>
        <translation>&amp;Tester à nouveau</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/verify.py" line="64"/>
        <source>Test again</source>
        <translation>Tester à nouveau</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/verify.py" line="66"/>
        <source>&amp;Stop</source>
        <translation>&amp;Arrêter</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/verify.py" line="70"/>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/verify.py" line="79"/>
        <source>Check</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/verify.py" line="79"/>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/verify.py" line="79"/>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/verify.py" line="81"/>
        <source>Before and after</source>
        <translation>Avant et après</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/verify.py" line="90"/>
        <source>The same header before and after</source>
        <translation>Le même en-tête avant et après</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/verify.py" line="119"/>
        <source>Make sure you saved the change and restarted the router. Then press Test again; if the internet is not back yet, the test waits for it.</source>
        <translation>Vérifiez que vous avez bien enregistré la modification et redémarré le routeur. Appuyez ensuite sur Tester à nouveau ; si Internet n’est pas encore revenu, le test l’attend.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/pages/verify.py" line="244"/>
        <source>No answer yet: your internet connection is probably still coming back after the restart. Testing again in %n s…</source>
        <translation>
            <numerusform>Pas encore de réponse : votre connexion Internet est sans doute encore en train de revenir après le redémarrage. Nouvel essai dans %n s…</numerusform>
            <numerusform>Pas encore de réponse : votre connexion Internet est sans doute encore en train de revenir après le redémarrage. Nouvel essai dans %n s…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/verify.py" line="252"/>
        <source>%v s</source>
        <translation>%v s</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/verify.py" line="262"/>
        <source>&amp;Test now</source>
        <translation>Tester &amp;maintenant</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/verify.py" line="298"/>
        <source>The second test could not run. Check that the internet works again after the restart, then try again.</source>
        <translation>Le second test n’a pas pu s’exécuter. Vérifiez qu’Internet fonctionne de nouveau après le redémarrage, puis réessayez.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/verify.py" line="333"/>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/verify.py" line="342"/>
        <source>Calls over %s</source>
        <translation>Appels en %s</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/verify.py" line="376"/>
        <source>Press Next to save a report of before and after, for your records or your provider.</source>
        <translation>Appuyez sur Suivant pour enregistrer un rapport avant/après, pour vos archives ou pour votre fournisseur.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/verify.py" line="380"/>
        <source>When you have checked the points above, press Test again; or press Next to save a report for your provider.</source>
        <translation>Quand vous avez vérifié les points ci-dessus, appuyez sur Tester à nouveau ; ou appuyez sur Suivant pour enregistrer un rapport pour votre fournisseur.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/verify.py" line="390"/>
        <source>Fixed! Your calls now pass through unchanged. Restart your phones so they register again, then make a test call.</source>
        <translation>Réglé ! Vos appels passent maintenant sans modification. Redémarrez vos téléphones pour qu’ils se réenregistrent, puis passez un appel de test.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/verify.py" line="396"/>
        <source>The test was stopped before it finished. Run it again.</source>
        <translation>Le test a été arrêté avant la fin. Relancez-le.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/verify.py" line="401"/>
        <source>Still no answer after waiting %d seconds. Check that the internet works again (open any web page). If it does not, the router may still be starting: wait a little, then press Test again.</source>
        <translation>Toujours pas de réponse après %d secondes d’attente. Vérifiez qu’Internet fonctionne de nouveau (ouvrez une page web). Sinon, le routeur est peut-être encore en train de démarrer : patientez un peu, puis appuyez sur Tester à nouveau.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/verify.py" line="410"/>
        <source>No answer from the test server. Check that the internet works again, then press Test again.</source>
        <translation>Pas de réponse du serveur de test. Vérifiez qu’Internet fonctionne de nouveau, puis appuyez sur Tester à nouveau.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/verify.py" line="418"/>
        <source>We could not reach the test server this time. Wait until the router has fully restarted, then test again.</source>
        <translation>Nous n’avons pas pu joindre le serveur de test cette fois-ci. Attendez que le routeur ait complètement redémarré, puis testez à nouveau.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/verify.py" line="424"/>
        <source>Not fixed yet. %s</source>
        <translation>Pas encore réglé. %s</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/verify.py" line="430"/>
        <source>Was the change saved, and did the router really restart? If in doubt, unplug it for ten seconds: some routers keep rewriting calls they already know until then.</source>
        <translation>La modification a-t-elle été enregistrée, et le routeur a-t-il vraiment redémarré ? En cas de doute, débranchez-le dix secondes : certains routeurs continuent sinon à réécrire les appels qu’ils connaissent déjà.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/verify.py" line="439"/>
        <source>Is there a second setting? On this router it may also be called: %s.</source>
        <translation>Y a-t-il un second réglage ? Sur ce routeur, il peut aussi s’appeler : %s.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/verify.py" line="445"/>
        <source>Is there a second setting? Some routers have the switch in more than one place (look through the firewall and NAT pages too).</source>
        <translation>Y a-t-il un second réglage ? Certains routeurs ont l’interrupteur à plusieurs endroits (regardez aussi les pages pare-feu et NAT).</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/verify.py" line="454"/>
        <source>Is there a box from your internet provider in front of your router? The test saw another router at %s between yours and the internet; its SIP ALG must be switched off too (or it must be put in bridge mode).</source>
        <translation>Y a-t-il une box de votre fournisseur d’accès devant votre routeur ? Le test a vu un autre routeur à l’adresse %s entre le vôtre et Internet ; son SIP ALG doit aussi être désactivé (ou elle doit être passée en mode bridge).</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/verify.py" line="463"/>
        <source>Is there a box from your internet provider (a modem or fibre box) in front of your router? It can have a SIP ALG of its own.</source>
        <translation>Y a-t-il une box de votre fournisseur d’accès (un modem ou une box fibre) devant votre routeur ? Elle peut avoir son propre SIP ALG.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/verify.py" line="472"/>
        <source>If the setting cannot be switched off, use one of the workarounds on the previous page.</source>
        <translation>Si le réglage ne peut pas être désactivé, utilisez l’une des solutions de contournement de la page précédente.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/verify.py" line="476"/>
        <source>What to check next:</source>
        <translation>Ce qu’il faut vérifier ensuite :</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../app/ui/pages/welcome.py" line="14"/>
        <source>Let&apos;s find out what is breaking your calls</source>
        <translation>Découvrons ce qui perturbe vos appels</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/welcome.py" line="15"/>
        <source>Two minutes, no technical knowledge needed.</source>
        <translation>Deux minutes, aucune connaissance technique nécessaire.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/welcome.py" line="20"/>
        <source>Many routers have a &apos;SIP ALG&apos; that rewrites phone-call messages as they pass and causes one-way audio, dropped calls or phones that never ring. This tool sends a few test calls through your connection, shows exactly what your router changed, and tells you how to switch the ALG off on your router.</source>
        <translation>Beaucoup de routeurs ont un « SIP ALG » qui réécrit les messages des appels téléphoniques au passage, ce qui provoque du son dans un seul sens, des appels coupés ou des téléphones qui ne sonnent jamais. Cet outil envoie quelques appels de test par votre connexion, montre exactement ce que votre routeur a modifié, et vous explique comment désactiver l’ALG sur votre routeur.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/welcome.py" line="30"/>
        <source>What is sent: a few SIP test messages containing this computer&apos;s local network address, to the server you choose on the next pages (your VoIP provider&apos;s server or a SIP ALG Doctor test server), and standard questions to your own router. No passwords, no recordings, no personal data. The report stays on this computer unless you decide to share it.</source>
        <translation>Ce qui est envoyé : quelques messages de test SIP contenant l’adresse de cet ordinateur sur le réseau local, au serveur que vous choisissez dans les pages suivantes (le serveur de votre fournisseur VoIP ou un serveur de test SIP ALG Doctor), ainsi que des requêtes standard à votre propre routeur. Aucun mot de passe, aucun enregistrement, aucune donnée personnelle. Le rapport reste sur cet ordinateur, sauf si vous décidez de le partager.</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <location filename="../../app/core/vocabulary.py" line="21"/>
        <source>SIP ALG DETECTED</source>
        <translation>SIP ALG DÉTECTÉ</translation>
    </message>
    <message>
        <location filename="../../app/core/vocabulary.py" line="22"/>
        <source>NO SIP ALG DETECTED</source>
        <translation>AUCUN SIP ALG DÉTECTÉ</translation>
    </message>
    <message>
        <location filename="../../app/core/vocabulary.py" line="23"/>
        <source>SIP BLOCKED</source>
        <translation>SIP BLOQUÉ</translation>
    </message>
    <message>
        <location filename="../../app/core/vocabulary.py" line="24"/>
        <source>INCONCLUSIVE</source>
        <translation>NON CONCLUANT</translation>
    </message>
    <message>
        <location filename="../../app/core/vocabulary.py" line="30"/>
        <source>A SIP ALG is changing your calls</source>
        <translation>Un SIP ALG modifie vos appels</translation>
    </message>
    <message>
        <location filename="../../app/core/vocabulary.py" line="31"/>
        <source>Calls on the standard SIP port are blocked</source>
        <translation>Les appels sur le port SIP standard sont bloqués</translation>
    </message>
    <message>
        <location filename="../../app/core/vocabulary.py" line="34"/>
        <source>No SIP ALG found</source>
        <translation>Aucun SIP ALG trouvé</translation>
    </message>
    <message>
        <location filename="../../app/core/vocabulary.py" line="35"/>
        <source>Inconclusive: we could not tell</source>
        <translation>Non concluant : nous n’avons pas pu déterminer</translation>
    </message>
    <message>
        <location filename="../../app/core/vocabulary.py" line="40"/>
        <source>✗ SIP ALG found</source>
        <translation>✗ SIP ALG trouvé</translation>
    </message>
    <message>
        <location filename="../../app/core/vocabulary.py" line="41"/>
        <source>✗ SIP blocked</source>
        <translation>✗ SIP bloqué</translation>
    </message>
    <message>
        <location filename="../../app/core/vocabulary.py" line="42"/>
        <source>✓ no SIP ALG</source>
        <translation>✓ pas de SIP ALG</translation>
    </message>
    <message>
        <location filename="../../app/core/vocabulary.py" line="43"/>
        <location filename="../../app/core/vocabulary.py" line="62"/>
        <source>? no answer</source>
        <translation>? pas de réponse</translation>
    </message>
    <message>
        <location filename="../../app/core/vocabulary.py" line="49"/>
        <source>clean (arrived and came back unchanged)</source>
        <translation>intact (arrivé et revenu sans modification)</translation>
    </message>
    <message>
        <location filename="../../app/core/vocabulary.py" line="50"/>
        <source>modified (rewritten on the way)</source>
        <translation>modifié (réécrit en route)</translation>
    </message>
    <message>
        <location filename="../../app/core/vocabulary.py" line="51"/>
        <source>dropped (the SIP port swallowed it, another port got through)</source>
        <translation>supprimé (le port SIP l’a bloqué, un autre port est passé)</translation>
    </message>
    <message>
        <location filename="../../app/core/vocabulary.py" line="54"/>
        <source>no usable answer</source>
        <translation>pas de réponse exploitable</translation>
    </message>
    <message>
        <location filename="../../app/core/vocabulary.py" line="59"/>
        <source>✓ unchanged</source>
        <translation>✓ inchangé</translation>
    </message>
    <message>
        <location filename="../../app/core/vocabulary.py" line="60"/>
        <source>✗ changed</source>
        <translation>✗ modifié</translation>
    </message>
    <message>
        <location filename="../../app/core/vocabulary.py" line="61"/>
        <source>✗ blocked</source>
        <translation>✗ bloqué</translation>
    </message>
    <message>
        <location filename="../../app/core/vocabulary.py" line="68"/>
        <source>very sure</source>
        <translation>très sûr</translation>
    </message>
    <message>
        <location filename="../../app/core/vocabulary.py" line="69"/>
        <source>fairly sure</source>
        <translation>assez sûr</translation>
    </message>
    <message>
        <location filename="../../app/core/vocabulary.py" line="70"/>
        <source>not sure</source>
        <translation>pas sûr</translation>
    </message>
    <message>
        <location filename="../../app/core/vocabulary.py" line="75"/>
        <source>reflector</source>
        <translation>réflecteur</translation>
    </message>
    <message>
        <location filename="../../app/core/vocabulary.py" line="76"/>
        <source>SIP server</source>
        <translation>serveur SIP</translation>
    </message>
    <message>
        <location filename="../../app/ui/words.py" line="84"/>
        <source>If switching the SIP ALG off does not help, look in your router&apos;s firewall settings for a rule that blocks port %s, and remove or allow it.</source>
        <translation>Si désactiver le SIP ALG ne suffit pas, cherchez dans les réglages du pare-feu de votre routeur une règle qui bloque le port %s, et supprimez-la ou autorisez ce port.</translation>
    </message>
</context>
</TS>
