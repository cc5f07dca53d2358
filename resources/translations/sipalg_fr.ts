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
    <name>CallFindings</name>
    <message>
        <location filename="../../app/diagnosis/call_findings.py" line="57"/>
        <source>excellent</source>
        <translation>excellente</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/call_findings.py" line="58"/>
        <source>good</source>
        <translation>bonne</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/call_findings.py" line="59"/>
        <source>fair</source>
        <translation>moyenne</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/call_findings.py" line="60"/>
        <source>poor</source>
        <translation>médiocre</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/call_findings.py" line="61"/>
        <source>bad</source>
        <translation>mauvaise</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/call_findings.py" line="62"/>
        <source>unusable</source>
        <translation>inutilisable</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/call_findings.py" line="148"/>
        <source>The test call was stopped</source>
        <translation>L’appel de test a été arrêté</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/call_findings.py" line="149"/>
        <source>It was stopped before it finished, so it measured nothing about your calls.</source>
        <translation>Il a été arrêté avant la fin et n’a donc rien mesuré sur vos appels.</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/call_findings.py" line="155"/>
        <source>Run the test again and let the call finish.</source>
        <translation>Relancez le test et laissez l’appel aller jusqu’au bout.</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/call_findings.py" line="162"/>
        <source>The test server refused the call ({status} {reason}), so nothing about the call&apos;s sound could be measured.</source>
        <translation>Le serveur de test a refusé l’appel ({status} {reason}) : rien n’a donc pu être mesuré sur le son de l’appel.</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/call_findings.py" line="168"/>
        <source>The call got no answer from the test server, although the test messages before it did. Nothing about the call&apos;s sound could be measured.</source>
        <translation>L’appel n’a reçu aucune réponse du serveur de test, alors que les messages de test envoyés avant en ont reçu. Rien n’a pu être mesuré sur le son de l’appel.</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/call_findings.py" line="175"/>
        <source>Run the test again in a minute; the test server may have been busy.</source>
        <translation>Relancez le test dans une minute ; le serveur de test était peut-être occupé.</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/call_findings.py" line="179"/>
        <source>If it fails again, a firewall on this computer or in the router may block calls (not just test messages): check it, or send the report to your provider.</source>
        <translation>Si cela échoue encore, un pare-feu sur cet ordinateur ou dans le routeur bloque peut-être les appels (pas seulement les messages de test) : vérifiez-le, ou envoyez le rapport à votre fournisseur.</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/call_findings.py" line="189"/>
        <source>The test call could not be set up</source>
        <translation>L’appel de test n’a pas pu être établi</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/call_findings.py" line="211"/>
        <source>No sound got through in either direction</source>
        <translation>Aucun son n’est passé, dans aucun sens</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/call_findings.py" line="212"/>
        <source>The call was set up, but none of its sound arrived, neither yours at the far end nor the far end&apos;s at this computer. A firewall that blocks call audio (RTP) is the usual cause.</source>
        <translation>L’appel a été établi, mais aucun son n’est arrivé : ni le vôtre à l’autre bout, ni celui de l’autre bout sur cet ordinateur. La cause habituelle est un pare-feu qui bloque le son des appels (RTP).</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/call_findings.py" line="219"/>
        <source>Check the firewall on this computer and in the router: call audio uses UDP on changing high ports.</source>
        <translation>Vérifiez le pare-feu de cet ordinateur et celui du routeur : le son des appels utilise l’UDP sur des ports élevés qui changent.</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/call_findings.py" line="231"/>
        <source>Your voice did not reach the far end</source>
        <translation>Votre voix n’est pas arrivée à l’autre bout</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/call_findings.py" line="232"/>
        <source>The sound this computer sent never arrived, while the far end&apos;s sound reached you: one-way audio, reproduced. Something on the way out (a firewall, or the router) drops call audio.</source>
        <translation>Le son envoyé par cet ordinateur n’est jamais arrivé, alors que celui de l’autre bout vous est parvenu : c’est le son dans un seul sens, reproduit par le test. Quelque chose à l’aller (un pare-feu, ou le routeur) bloque le son des appels.</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/call_findings.py" line="241"/>
        <source>Check the router&apos;s and this computer&apos;s firewall for rules that block outgoing UDP, then test again.</source>
        <translation>Cherchez dans le pare-feu du routeur et dans celui de cet ordinateur des règles qui bloquent l’UDP sortant, puis refaites le test.</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/call_findings.py" line="258"/>
        <source>Sound went both ways, but your router rewrote where it goes</source>
        <translation>Le son est passé dans les deux sens, mais votre routeur a réécrit sa destination</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/call_findings.py" line="261"/>
        <source>Your voice reached the far end, and the far end&apos;s sound reached you. On the way, your router&apos;s SIP ALG rewrote the audio address your phone announced ({offered} became {seen}). It got it right this time; such rewriting breaks other calls, so switching it off stays the advice.</source>
        <translation>Votre voix est arrivée à l’autre bout, et le son de l’autre bout vous est parvenu. En route, le SIP ALG de votre routeur a réécrit l’adresse audio annoncée par votre téléphone ({offered} est devenue {seen}). Cette fois, il l’a fait correctement, mais ce genre de réécriture perturbe d’autres appels : le conseil reste de le désactiver.</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/call_findings.py" line="271"/>
        <location filename="../../app/diagnosis/call_findings.py" line="342"/>
        <source>Turn off the SIP ALG in your router so the address your phone announces is not rewritten.</source>
        <translation>Désactivez le SIP ALG de votre routeur pour que l’adresse annoncée par votre téléphone ne soit pas réécrite.</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/call_findings.py" line="286"/>
        <source>Sound went both ways</source>
        <translation>Le son est passé dans les deux sens</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/call_findings.py" line="287"/>
        <source>Your voice reached the far end, and the far end&apos;s sound reached you whether it was sent to the address your phone announced or to where your audio came from.</source>
        <translation>Votre voix est arrivée à l’autre bout, et le son de l’autre bout vous est parvenu, qu’il soit envoyé à l’adresse annoncée par votre téléphone ou à l’endroit d’où venait votre son.</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/call_findings.py" line="305"/>
        <source>Sound went both ways (one return path not measured)</source>
        <translation>Le son est passé dans les deux sens (un chemin de retour non mesuré)</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/call_findings.py" line="308"/>
        <source>The far end&apos;s sound reached you when it was sent back to where your audio came from. Whether sound sent to the address your phone announced would arrive was not measured ({why}).</source>
        <translation>Le son de l’autre bout vous est parvenu quand il a été renvoyé à l’endroit d’où venait votre son. On n’a pas mesuré si un son envoyé à l’adresse annoncée par votre téléphone arriverait ({why}).</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/call_findings.py" line="320"/>
        <source>The far end&apos;s sound sent to the address your phone announced ({announced}) was lost; sent back to where your audio came from, it arrived. A provider that sends sound to the announced address gives you one-way audio. </source>
        <translation>Le son de l’autre bout envoyé à l’adresse annoncée par votre téléphone ({announced}) s’est perdu ; renvoyé à l’endroit d’où venait votre son, il est arrivé. Un fournisseur qui envoie le son à l’adresse annoncée vous donnera du son dans un seul sens. </translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/call_findings.py" line="327"/>
        <source>Your router&apos;s SIP ALG wrote that address into the call set-up, and wrote a wrong one.</source>
        <translation>Le SIP ALG de votre routeur a inscrit cette adresse dans l’établissement de l’appel, et c’était une mauvaise adresse.</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/call_findings.py" line="333"/>
        <source>The announced address is this computer&apos;s address at home, which the internet cannot reach; the provider has to send to where the audio came from instead (&apos;latching&apos;).</source>
        <translation>L’adresse annoncée est celle de cet ordinateur chez vous, qu’Internet ne peut pas joindre ; le fournisseur doit plutôt envoyer le son là d’où il est venu (« latching »).</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/call_findings.py" line="351"/>
        <source>Ask your provider to send call audio back to where it comes from (NAT handling, &apos;symmetric RTP&apos; or &apos;latching&apos;) for your line.</source>
        <translation>Demandez à votre fournisseur de renvoyer le son des appels là d’où il vient (gestion du NAT, « symmetric RTP » ou « latching ») pour votre ligne.</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/call_findings.py" line="356"/>
        <source>Or turn on STUN or &apos;NAT traversal&apos; in your phone&apos;s settings, so it announces the address the internet sees.</source>
        <translation>Ou activez STUN ou la « traversée de NAT » (NAT traversal) dans les réglages de votre téléphone, pour qu’il annonce l’adresse vue depuis Internet.</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/call_findings.py" line="366"/>
        <source>Sound sent to the address your phone announced does not reach you</source>
        <translation>Le son envoyé à l’adresse annoncée par votre téléphone ne vous parvient pas</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/call_findings.py" line="370"/>
        <source>{detail}{why}</source>
        <translation>{detail}{why}</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/call_findings.py" line="383"/>
        <source>Sound sent back to where your audio came from was lost</source>
        <translation>Le son renvoyé à l’endroit d’où venait votre son s’est perdu</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/call_findings.py" line="386"/>
        <source>The far end&apos;s sound reached you at the address your phone announced, but not when sent back to where your audio came from ({why}). A provider that &apos;latches&apos; would give you one-way audio.</source>
        <translation>Le son de l’autre bout vous est parvenu à l’adresse annoncée par votre téléphone, mais pas quand il a été renvoyé à l’endroit d’où venait votre son ({why}). Avec un fournisseur qui fait du « latching », vous auriez du son dans un seul sens.</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/call_findings.py" line="395"/>
        <source>Send the report to your provider: their support can tell which way they send call audio.</source>
        <translation>Envoyez le rapport à votre fournisseur : son assistance peut dire par quel chemin il envoie le son des appels.</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/call_findings.py" line="410"/>
        <source>The far end&apos;s voice did not reach you</source>
        <translation>La voix de l’autre bout ne vous est pas parvenue</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/call_findings.py" line="411"/>
        <source>Neither of the far end&apos;s two streams arrived: not the one sent to the address your phone announced, nor the one sent back to where your audio came from. Something on the way in (the router&apos;s or this computer&apos;s firewall) drops call audio.</source>
        <translation>Aucun des deux flux de l’autre bout n’est arrivé : ni celui envoyé à l’adresse annoncée par votre téléphone, ni celui renvoyé à l’endroit d’où venait votre son. Quelque chose au retour (le pare-feu du routeur ou de cet ordinateur) bloque le son des appels.</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/call_findings.py" line="421"/>
        <source>Check the router&apos;s and this computer&apos;s firewall for rules that block incoming UDP answers, then test again.</source>
        <translation>Cherchez dans le pare-feu du routeur et dans celui de cet ordinateur des règles qui bloquent les réponses UDP entrantes, puis refaites le test.</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/call_findings.py" line="444"/>
        <source>The call&apos;s confirmation (ACK) was lost</source>
        <translation>La confirmation de l’appel (ACK) s’est perdue</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/call_findings.py" line="445"/>
        <source>Our confirmation that the call was answered never reached the far end. In a real call the far end then hangs up about 32 seconds after answering: the classic cause of calls that drop after half a minute.</source>
        <translation>Notre confirmation que l’appel avait été décroché n’est jamais arrivée à l’autre bout. Dans un vrai appel, l’autre bout raccroche alors environ 32 secondes après avoir décroché : la cause classique des appels qui coupent au bout d’une demi-minute.</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/call_findings.py" line="454"/>
        <source>Turn off the SIP ALG in your router and check its firewall; then test again.</source>
        <translation>Désactivez le SIP ALG de votre routeur et vérifiez son pare-feu, puis refaites le test.</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/call_findings.py" line="469"/>
        <source>The call&apos;s confirmation (ACK) was rewritten</source>
        <translation>La confirmation de l’appel (ACK) a été réécrite</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/call_findings.py" line="470"/>
        <source>Our confirmation that the call was answered arrived changed. A far end that cannot match it to the call hangs up about 32 seconds after answering: the classic cause of calls that drop after half a minute.</source>
        <translation>Notre confirmation que l’appel avait été décroché est arrivée modifiée. Un correspondant qui ne peut pas la rattacher à l’appel raccroche environ 32 secondes après avoir décroché : la cause classique des appels qui coupent au bout d’une demi-minute.</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/call_findings.py" line="479"/>
        <source>Turn off the SIP ALG in your router (it is what rewrites call messages), then test again.</source>
        <translation>Désactivez le SIP ALG de votre routeur (c’est lui qui réécrit les messages des appels), puis refaites le test.</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/call_findings.py" line="494"/>
        <source>The hang-up got no answer</source>
        <translation>Le raccrochage n’a reçu aucune réponse</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/call_findings.py" line="495"/>
        <source>The call&apos;s confirmation (ACK) arrived unchanged, but our hang-up (BYE) got no answer. Calls may end on one side only, or messages late in a call get lost.</source>
        <translation>La confirmation de l’appel (ACK) est arrivée sans modification, mais notre raccrochage (BYE) n’a reçu aucune réponse. Les appels risquent de ne se terminer que d’un côté, ou des messages envoyés tard dans un appel se perdent.</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/call_findings.py" line="504"/>
        <source>Run the test again; if the hang-up is lost again, send the report to your provider.</source>
        <translation>Relancez le test ; si le raccrochage se perd encore, envoyez le rapport à votre fournisseur.</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/call_findings.py" line="518"/>
        <source>The call&apos;s confirmation and hang-up got through</source>
        <translation>La confirmation et le raccrochage de l’appel sont passés</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/call_findings.py" line="519"/>
        <source>Our confirmation (ACK) reached the far end unchanged and the hang-up (BYE) was answered, so the usual cause of drops after 30 seconds is not on your connection. The test call lasted {seconds} s, so a drop later in a call was not itself tested.</source>
        <translation>Notre confirmation (ACK) est arrivée sans modification à l’autre bout et le raccrochage (BYE) a reçu une réponse : la cause habituelle des coupures après 30 secondes n’est donc pas sur votre connexion. L’appel de test a duré {seconds} s, donc une coupure plus tard dans un appel n’a pas été testée en elle-même.</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/call_findings.py" line="558"/>
        <source>An incoming call after {idle} s of quiet did not arrive</source>
        <translation>Un appel entrant après {idle} s de silence n’est pas arrivé</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/call_findings.py" line="561"/>
        <source>After {idle} seconds without traffic, a call sent to this computer never reached it: your phone would not ring and callers would get voicemail. The router forgets a quiet phone connection too soon, or drops incoming call set-ups.</source>
        <translation>Après {idle} secondes sans trafic, un appel envoyé à cet ordinateur ne l’a jamais atteint : votre téléphone ne sonnerait pas et vos correspondants tomberaient sur la messagerie. Le routeur oublie trop tôt une connexion téléphonique silencieuse, ou bloque les établissements d’appels entrants.</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/call_findings.py" line="571"/>
        <source>Set your phone to re-register or send keep-alives more often (every 20 to 30 seconds), or raise the router&apos;s UDP time-out.</source>
        <translation>Réglez votre téléphone pour qu’il se réenregistre ou envoie des keep-alive plus souvent (toutes les 20 à 30 secondes), ou augmentez le délai UDP (time-out) du routeur.</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/call_findings.py" line="576"/>
        <source>Turn off the SIP ALG in your router, then test again.</source>
        <translation>Désactivez le SIP ALG de votre routeur, puis refaites le test.</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/call_findings.py" line="589"/>
        <source>An incoming call arrived, but rewritten by the router</source>
        <translation>Un appel entrant est arrivé, mais réécrit par le routeur</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/call_findings.py" line="592"/>
        <source>After {idle} seconds of quiet the call still reached this computer, but the router had changed it on the way; phones may reject such calls or answer them without sound.</source>
        <translation>Après {idle} secondes de silence, l’appel a bien atteint cet ordinateur, mais le routeur l’avait modifié en route ; les téléphones risquent de refuser ces appels ou d’y répondre sans son.</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/call_findings.py" line="600"/>
        <source>Turn off the SIP ALG in your router.</source>
        <translation>Désactivez le SIP ALG de votre routeur.</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/call_findings.py" line="609"/>
        <source>An incoming call after {idle} s of quiet arrived</source>
        <translation>Un appel entrant après {idle} s de silence est arrivé</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/call_findings.py" line="612"/>
        <source>After {idle} seconds without traffic, a call sent to this computer still reached it unchanged. Longer quiet spells were not tested by the call.</source>
        <translation>Après {idle} secondes sans trafic, un appel envoyé à cet ordinateur l’a bien atteint, sans modification. Des silences plus longs n’ont pas été testés par l’appel.</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/call_findings.py" line="638"/>
        <source>in both directions</source>
        <translation>dans les deux sens</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/call_findings.py" line="640"/>
        <source>on the way out</source>
        <translation>à l’aller</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/call_findings.py" line="642"/>
        <source>on the way in</source>
        <translation>au retour</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/call_findings.py" line="649"/>
        <source>Large call set-ups are blocked by your router</source>
        <translation>Les grands établissements d’appel sont bloqués par votre routeur</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/call_findings.py" line="650"/>
        <source>A call set-up too big for one packet ({size} bytes, as phones offering many codecs send) was lost {which}, while small messages passed. Calls with such set-ups fail silently or never ring.</source>
        <translation>Un établissement d’appel trop grand pour un seul paquet ({size} octets, comme en envoient les téléphones qui proposent beaucoup de codecs) s’est perdu {which}, alors que les petits messages passaient. Les appels avec de tels établissements échouent en silence ou ne sonnent jamais.</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/call_findings.py" line="659"/>
        <source>Offer fewer codecs in your phone&apos;s settings so call set-ups fit in one packet, or ask your provider for SIP over TCP.</source>
        <translation>Proposez moins de codecs dans les réglages de votre téléphone pour que les établissements d’appel tiennent dans un seul paquet, ou demandez à votre fournisseur le SIP sur TCP.</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/call_findings.py" line="664"/>
        <source>Check the router for a setting that drops fragmented packets, and turn off its SIP ALG.</source>
        <translation>Cherchez dans le routeur un réglage qui bloque les paquets fragmentés, et désactivez son SIP ALG.</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/call_findings.py" line="678"/>
        <source>Large call set-ups get through</source>
        <translation>Les grands établissements d’appel passent</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/call_findings.py" line="680"/>
        <source>A call set-up too big for one packet ({size} bytes) got through in both directions.</source>
        <translation>Un établissement d’appel trop grand pour un seul paquet ({size} octets) est passé dans les deux sens.</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/call_findings.py" line="686"/>
        <source>A call set-up too big for one packet ({size} bytes) got through on the way out; the way back was not measured.</source>
        <translation>Un établissement d’appel trop grand pour un seul paquet ({size} octets) est passé à l’aller ; le retour n’a pas été mesuré.</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/call_findings.py" line="692"/>
        <source>A call set-up too big for one packet ({size} bytes) got through on the way in; the way out was not measured.</source>
        <translation>Un établissement d’appel trop grand pour un seul paquet ({size} octets) est passé au retour ; l’aller n’a pas été mesuré.</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/call_findings.py" line="710"/>
        <source>The idle-connection test found that your router forgets a quiet phone connection after about {seconds} s, which stops phones from ringing.</source>
        <translation>Le test de connexion inactive a montré que votre routeur oublie une connexion téléphonique silencieuse après environ {seconds} s, ce qui empêche les téléphones de sonner.</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/call_findings.py" line="717"/>
        <source>The idle-connection test found that your router keeps a quiet phone connection for at least {seconds} s.</source>
        <translation>Le test de connexion inactive a montré que votre routeur garde une connexion téléphonique silencieuse pendant au moins {seconds} s.</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/call_findings.py" line="728"/>
        <source>{text} {reasons}</source>
        <translation>{text} {reasons}</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/call_findings.py" line="751"/>
        <source>{loss} % of the sound was lost.</source>
        <translation>{loss} % du son a été perdu.</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/call_findings.py" line="755"/>
        <source>Packets arrived unevenly (jitter {jitter} ms).</source>
        <translation>Les paquets sont arrivés de façon irrégulière (gigue de {jitter} ms).</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/call_findings.py" line="761"/>
        <source>The round trip took {rtt} ms.</source>
        <translation>L’aller-retour a pris {rtt} ms.</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/call_findings.py" line="767"/>
        <source>The round trip was not measured, so delay is not counted.</source>
        <translation>L’aller-retour n’a pas été mesuré : le délai n’est donc pas pris en compte.</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/call_findings.py" line="775"/>
        <source>The test call&apos;s sound would have been clear (estimated {mos} of 5).</source>
        <translation>Le son de l’appel de test aurait été clair (estimation : {mos} sur 5).</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/call_findings.py" line="783"/>
        <source>{detail} {wifi}</source>
        <translation>{detail} {wifi}</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/call_findings.py" line="785"/>
        <source>You are on Wi-Fi: if calls get choppy at times, Wi-Fi that comes and goes is a common cause; try a cable.</source>
        <translation>Vous êtes en Wi-Fi : si les appels sont parfois hachés, un Wi-Fi qui va et vient en est une cause fréquente ; essayez un câble.</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/call_findings.py" line="795"/>
        <location filename="../../app/diagnosis/call_findings.py" line="828"/>
        <source>Call quality: {word} ({mos} of 5)</source>
        <translation>Qualité d’appel : {word} ({mos} sur 5)</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/call_findings.py" line="809"/>
        <source>You are on Wi-Fi: connect this computer and your phone by cable, or move closer to the Wi-Fi router, and test again.</source>
        <translation>Vous êtes en Wi-Fi : reliez cet ordinateur et votre téléphone par câble, ou rapprochez-vous du routeur Wi-Fi, puis refaites le test.</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/call_findings.py" line="818"/>
        <source>Pause big downloads, uploads and video streams during calls; if that does not help, send the report to your internet provider.</source>
        <translation>Mettez en pause les gros téléchargements, envois et vidéos en streaming pendant les appels ; si cela ne suffit pas, envoyez le rapport à votre fournisseur d’accès à Internet.</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/call_findings.py" line="833"/>
        <source>The test call&apos;s sound would have broken up (estimated {mos} of 5).</source>
        <translation>Le son de l’appel de test aurait été haché (estimation : {mos} sur 5).</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/call_findings.py" line="856"/>
        <source>Not measured by the test call</source>
        <translation>Non mesuré par l’appel de test</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/call_findings.py" line="868"/>
        <source>Whether sound reaches each side was not measured: the far end sent no figures.</source>
        <translation>On n’a pas mesuré si le son arrive de chaque côté : l’autre bout n’a envoyé aucun chiffre.</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/call_findings.py" line="875"/>
        <source>Whether the call&apos;s confirmation (ACK) arrived intact was not measured: the far end sent no report.</source>
        <translation>On n’a pas mesuré si la confirmation de l’appel (ACK) est arrivée intacte : l’autre bout n’a envoyé aucun compte rendu.</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/call_findings.py" line="883"/>
        <source>Whether an incoming call reaches this computer was not tested by this call.</source>
        <translation>Cet appel n’a pas testé si un appel entrant atteint cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/call_findings.py" line="890"/>
        <source>Call quality was not measured: sound did not flow both ways.</source>
        <translation>La qualité d’appel n’a pas été mesurée : le son n’est pas passé dans les deux sens.</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/call_findings.py" line="909"/>
        <source>The test call reproduced it: {title}.</source>
        <translation>L’appel de test l’a reproduit : {title}.</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/call_findings.py" line="913"/>
        <source>The test call found a related problem: {title}.</source>
        <translation>L’appel de test a trouvé un problème lié : {title}.</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/call_findings.py" line="917"/>
        <source>The test call did not reproduce it this time: {title}.</source>
        <translation>L’appel de test ne l’a pas reproduit cette fois : {title}.</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/call_findings.py" line="921"/>
        <source>no figures</source>
        <translation>aucun chiffre</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/call_findings.py" line="922"/>
        <location filename="../../app/diagnosis/call_findings.py" line="949"/>
        <source>The test call could not check it: {why}</source>
        <translation>L’appel de test n’a pas pu le vérifier : {why}</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/call_findings.py" line="926"/>
        <source>{note} {extra}</source>
        <translation>{note} {extra}</translation>
    </message>
</context>
<context>
    <name>CallOption</name>
    <message>
        <location filename="../../app/ui/call_option.py" line="47"/>
        <source>Also make a test call (about %d seconds)</source>
        <translation>Passer aussi un appel de test (environ %d secondes)</translation>
    </message>
    <message>
        <location filename="../../app/ui/call_option.py" line="51"/>
        <source>Make a test call</source>
        <translation>Passer un appel de test</translation>
    </message>
    <message>
        <location filename="../../app/ui/call_option.py" line="74"/>
        <source>Needs a SIP ALG Doctor test server (your provider&apos;s, or one under “Advanced”): ordinary phone servers do not take test calls.</source>
        <translation>Nécessite un serveur de test SIP ALG Doctor (celui de votre fournisseur, ou un serveur sous « Avancé ») : les serveurs téléphoniques ordinaires n’acceptent pas les appels de test.</translation>
    </message>
    <message>
        <location filename="../../app/ui/call_option.py" line="80"/>
        <source>Suggested for what you noticed: a short real call to the test server, with sound both ways, shows whether each side would hear the other, how good the sound is and whether calls would drop.</source>
        <translation>Conseillé pour ce que vous avez remarqué : un court appel réel vers le serveur de test, avec du son dans les deux sens, montre si chacun entendrait l’autre, la qualité du son et si les appels couperaient.</translation>
    </message>
    <message>
        <location filename="../../app/ui/call_option.py" line="87"/>
        <source>A short real call to the test server, with sound both ways: shows whether each side would hear the other, how good the sound is and whether calls would drop.</source>
        <translation>Un court appel réel vers le serveur de test, avec du son dans les deux sens : il montre si chacun entendrait l’autre, la qualité du son et si les appels couperaient.</translation>
    </message>
</context>
<context>
    <name>CallSection</name>
    <message>
        <location filename="../../app/ui/call_section.py" line="43"/>
        <location filename="../../app/ui/call_section.py" line="97"/>
        <source>not measured</source>
        <translation>non mesuré</translation>
    </message>
    <message>
        <location filename="../../app/ui/call_section.py" line="45"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location filename="../../app/ui/call_section.py" line="47"/>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <location filename="../../app/ui/call_section.py" line="62"/>
        <source>Call quality: not measured (sound did not flow both ways)</source>
        <translation>Qualité d’appel : non mesurée (le son n’est pas passé dans les deux sens)</translation>
    </message>
    <message>
        <location filename="../../app/ui/call_section.py" line="66"/>
        <source>Call quality: %s (%.1f of 5)</source>
        <translation>Qualité d’appel : %s (%.1f sur 5)</translation>
    </message>
    <message>
        <location filename="../../app/ui/call_section.py" line="77"/>
        <source>No test call was made. %s</source>
        <translation>Aucun appel de test n’a été passé. %s</translation>
    </message>
    <message>
        <location filename="../../app/ui/call_section.py" line="79"/>
        <source>The test call was stopped.</source>
        <translation>L’appel de test a été arrêté.</translation>
    </message>
    <message>
        <location filename="../../app/ui/call_section.py" line="81"/>
        <source>Call set-up: failed</source>
        <translation>Établissement de l’appel : échec</translation>
    </message>
    <message>
        <location filename="../../app/ui/call_section.py" line="83"/>
        <source>Their voice reached you: %s</source>
        <translation>La voix de l’autre bout vous est parvenue : %s</translation>
    </message>
    <message>
        <location filename="../../app/ui/call_section.py" line="85"/>
        <source>Your voice reached them: %s</source>
        <translation>Votre voix est arrivée à l’autre bout : %s</translation>
    </message>
    <message>
        <location filename="../../app/ui/call_section.py" line="93"/>
        <source>blocked by your router</source>
        <translation>bloqués par votre routeur</translation>
    </message>
    <message>
        <location filename="../../app/ui/call_section.py" line="95"/>
        <source>pass through your router</source>
        <translation>passent par votre routeur</translation>
    </message>
    <message>
        <location filename="../../app/ui/call_section.py" line="98"/>
        <source>Large call set-ups: %s</source>
        <translation>Grands établissements d’appel : %s</translation>
    </message>
    <message>
        <location filename="../../app/ui/call_section.py" line="103"/>
        <source>Your phone rang after %s s of quiet: %s</source>
        <translation>Votre téléphone a sonné après %s s de silence : %s</translation>
    </message>
    <message>
        <location filename="../../app/ui/call_section.py" line="121"/>
        <source>Run the test again once the test server answers: a test call needs a SIP ALG Doctor test server.</source>
        <translation>Relancez le test quand le serveur de test répond : un appel de test nécessite un serveur de test SIP ALG Doctor.</translation>
    </message>
    <message>
        <location filename="../../app/ui/call_section.py" line="135"/>
        <source>Save a report and send it to your provider.</source>
        <translation>Enregistrez un rapport et envoyez-le à votre fournisseur.</translation>
    </message>
    <message>
        <location filename="../../app/ui/call_section.py" line="139"/>
        <source>The test call found nothing to fix on your connection. If the trouble stays, it may lie with your provider or your phone: save a report and send it to them.</source>
        <translation>L’appel de test n’a rien trouvé à corriger sur votre connexion. Si le problème persiste, il vient peut-être de votre fournisseur ou de votre téléphone : enregistrez un rapport et envoyez-le à votre fournisseur.</translation>
    </message>
    <message>
        <location filename="../../app/ui/call_section.py" line="147"/>
        <source>The test call found nothing to fix.</source>
        <translation>L’appel de test n’a rien trouvé à corriger.</translation>
    </message>
    <message>
        <location filename="../../app/ui/call_section.py" line="149"/>
        <source>Nothing to fix in what the test call could measure.</source>
        <translation>Rien à corriger dans ce que l’appel de test a pu mesurer.</translation>
    </message>
    <message>
        <location filename="../../app/ui/call_section.py" line="196"/>
        <location filename="../../app/ui/call_section.py" line="208"/>
        <source>Test call</source>
        <translation>Appel de test</translation>
    </message>
    <message>
        <location filename="../../app/ui/call_section.py" line="202"/>
        <source>What&apos;s this? The test call&apos;s words</source>
        <translation>Qu’est-ce que c’est ? Les termes de l’appel de test</translation>
    </message>
    <message>
        <location filename="../../app/ui/call_section.py" line="211"/>
        <source>What the test call says about your calls</source>
        <translation>Ce que l’appel de test dit de vos appels</translation>
    </message>
    <message>
        <location filename="../../app/ui/call_section.py" line="214"/>
        <location filename="../../app/ui/call_section.py" line="218"/>
        <source>What to do about the call</source>
        <translation>Que faire pour l’appel</translation>
    </message>
    <message>
        <location filename="../../app/ui/call_section.py" line="221"/>
        <source>Try the test ca&amp;ll again</source>
        <translation>Réessayer l’appel de &amp;test</translation>
    </message>
    <message>
        <location filename="../../app/ui/call_section.py" line="224"/>
        <source>Try the test call again</source>
        <translation>Réessayer l’appel de test</translation>
    </message>
    <message>
        <location filename="../../app/ui/call_section.py" line="231"/>
        <source>The call&apos;s figures — for your provider</source>
        <translation>Les chiffres de l’appel — pour votre fournisseur</translation>
    </message>
    <message>
        <location filename="../../app/ui/call_section.py" line="235"/>
        <source>The call&apos;s figures</source>
        <translation>Les chiffres de l’appel</translation>
    </message>
    <message>
        <location filename="../../app/ui/call_section.py" line="239"/>
        <source>What&apos;s this? The figures&apos; words</source>
        <translation>Qu’est-ce que c’est ? Les termes des chiffres</translation>
    </message>
</context>
<context>
    <name>CheckingPage</name>
    <message>
        <location filename="../../app/ui/pages/checking.py" line="67"/>
        <source>Checking your connection</source>
        <translation>Vérification de votre connexion</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/checking.py" line="70"/>
        <location filename="../../app/ui/pages/checking.py" line="122"/>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/checking.py" line="71"/>
        <source>What is happening now</source>
        <translation>Ce qui se passe en ce moment</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/checking.py" line="74"/>
        <source>What&apos;s this? The words on this page explained</source>
        <translation>Qu’est-ce que c’est ? Les termes de cette page expliqués</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/checking.py" line="77"/>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/checking.py" line="79"/>
        <source>Tests finished</source>
        <translation>Tests terminés</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/checking.py" line="84"/>
        <source>Why the test could not start</source>
        <translation>Pourquoi le test n’a pas pu démarrer</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/checking.py" line="86"/>
        <source>&amp;Change the server</source>
        <translation>&amp;Changer de serveur</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/checking.py" line="87"/>
        <source>Go back and choose another server</source>
        <translation>Revenir en arrière et choisir un autre serveur</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/checking.py" line="90"/>
        <source>&amp;Stop</source>
        <translation>&amp;Arrêter</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/checking.py" line="91"/>
        <source>Stop the test</source>
        <translation>Arrêter le test</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/checking.py" line="149"/>
        <source>This usually takes about %d seconds with the test call, at most about %d seconds.</source>
        <translation>Cela prend en général environ %d secondes avec l’appel de test, au maximum environ %d secondes.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/checking.py" line="151"/>
        <source>This usually takes a few seconds, at most about %d seconds.</source>
        <translation>Cela prend en général quelques secondes, au maximum environ %d secondes.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/checking.py" line="158"/>
        <source>This takes a few minutes, at most about %d minutes: the idle-connection test waits to see how long your router remembers a quiet connection.</source>
        <translation>Cela prend quelques minutes, au maximum environ %d minutes : le test de connexion inactive mesure combien de temps votre routeur garde en mémoire une connexion silencieuse.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/checking.py" line="172"/>
        <source>Stopping…</source>
        <translation>Arrêt en cours…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/checking.py" line="189"/>
        <source>no answer</source>
        <translation>pas de réponse</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/checking.py" line="190"/>
        <source>Test call %d of %d</source>
        <translation>Appel de test %d sur %d</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/checking.py" line="205"/>
        <source>Test call with sound: %d of about %d seconds…</source>
        <translation>Appel de test avec son : %d sur environ %d secondes…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/checking.py" line="209"/>
        <source>Test call with sound: made</source>
        <translation>Appel de test avec son : passé</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/checking.py" line="211"/>
        <source>Test call with sound: could not be set up</source>
        <translation>Appel de test avec son : n’a pas pu être établi</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/checking.py" line="223"/>
        <source>Stopped. Here is what we found so far.</source>
        <translation>Arrêté. Voici ce que nous avons trouvé jusqu’ici.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/checking.py" line="223"/>
        <source>Done.</source>
        <translation>Terminé.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/checking.py" line="238"/>
        <source>The test could not start.</source>
        <translation>Le test n’a pas pu démarrer.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/checking.py" line="241"/>
        <source>The test failed.</source>
        <translation>Le test a échoué.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/checking.py" line="246"/>
        <source>The test stopped because of an unexpected problem. Please try again; if it keeps happening, copy the details into a support request.</source>
        <translation>Le test s’est arrêté à cause d’un problème inattendu. Veuillez réessayer ; si cela se reproduit, copiez les détails dans une demande d’assistance.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/checking.py" line="255"/>
        <source>We could not use that server: %s. Check the address, or choose another.</source>
        <translation>Impossible d’utiliser ce serveur : %s. Vérifiez l’adresse ou choisissez-en un autre.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/checking.py" line="259"/>
        <source>We could not reach the network (%s). Check that this computer is online, then try again or choose another server.</source>
        <translation>Impossible d’accéder au réseau (%s). Vérifiez que cet ordinateur est connecté à Internet, puis réessayez ou choisissez un autre serveur.</translation>
    </message>
</context>
<context>
    <name>CloseQuestion</name>
    <message>
        <location filename="../../app/ui/wizard.py" line="64"/>
        <source>Close SIP ALG Doctor?</source>
        <translation>Fermer SIP ALG Doctor ?</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="67"/>
        <source>Close &amp;anyway</source>
        <translation>Fermer &amp;quand même</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="71"/>
        <source>&amp;Keep it open</source>
        <translation>&amp;Laisser ouvert</translation>
    </message>
</context>
<context>
    <name>CopyBlock</name>
    <message>
        <location filename="../../app/ui/widgets.py" line="131"/>
        <source>Command to type</source>
        <translation>Commande à saisir</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets.py" line="132"/>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets.py" line="133"/>
        <source>Copy command</source>
        <translation>Copier la commande</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets.py" line="140"/>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../../app/ui/dialogs.py" line="40"/>
        <source>Something went wrong</source>
        <translation>Un problème est survenu</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="45"/>
        <source>Copy details</source>
        <translation>Copier les détails</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="91"/>
        <source>About SIP ALG Doctor</source>
        <translation>À propos de SIP ALG Doctor</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="96"/>
        <source>Finds out whether a SIP ALG in your router breaks your phone calls, and shows how to switch it off.</source>
        <translation>Découvre si un SIP ALG dans votre routeur perturbe vos appels téléphoniques, et montre comment le désactiver.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="102"/>
        <source>Free software under the GNU GPL, version 3 or later.</source>
        <translation>Logiciel libre sous licence GNU GPL, version 3 ou ultérieure.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="107"/>
        <source>Log file for support: %s</source>
        <translation>Fichier journal pour l’assistance : %s</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="110"/>
        <source>No log file: its folder could not be created.</source>
        <translation>Pas de fichier journal : son dossier n’a pas pu être créé.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="122"/>
        <source>What&apos;s this? SIP and ALG explained</source>
        <translation>Qu’est-ce que c’est ? SIP et ALG expliqués</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="131"/>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="137"/>
        <source>The new language is used from the next start of SIP ALG Doctor.</source>
        <translation>La nouvelle langue sera utilisée au prochain démarrage de SIP ALG Doctor.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="148"/>
        <source>&amp;Restart now</source>
        <translation>&amp;Redémarrer maintenant</translation>
    </message>
</context>
<context>
    <name>DiffView</name>
    <message>
        <location filename="../../app/ui/widgets.py" line="187"/>
        <source>What was changed</source>
        <translation>Ce qui a été modifié</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets.py" line="196"/>
        <source>on the way out: we sent it</source>
        <translation>à l’aller : nous l’avons envoyé</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets.py" line="197"/>
        <source>on the way back: the server sent it</source>
        <translation>au retour : le serveur l’a envoyé</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets.py" line="198"/>
        <source>out or back: we sent it</source>
        <translation>à l’aller ou au retour : nous l’avons envoyé</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets.py" line="229"/>
        <source>What the server sent is on the left, what arrived here on the right.</source>
        <translation>À gauche, ce que le serveur a envoyé ; à droite, ce qui est arrivé ici.</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets.py" line="231"/>
        <source>What we sent is on the left, what arrived at the server on the right.</source>
        <translation>À gauche, ce que nous avons envoyé ; à droite, ce qui est arrivé au serveur.</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets.py" line="233"/>
        <source>What we sent is on the left, what came back on the right.</source>
        <translation>À gauche, ce que nous avons envoyé ; à droite, ce qui est revenu.</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets.py" line="235"/>
        <source>On each row, what was sent is on the left and what arrived on the right; the row says who sent it.</source>
        <translation>Sur chaque ligne, ce qui a été envoyé est à gauche et ce qui est arrivé à droite ; la ligne indique qui l’a envoyé.</translation>
    </message>
</context>
<context>
    <name>DoctorWizard</name>
    <message>
        <location filename="../../app/ui/wizard.py" line="129"/>
        <source>SIP ALG Doctor</source>
        <translation>SIP ALG Doctor</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="142"/>
        <source>&amp;About</source>
        <translation>À &amp;propos</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="143"/>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="287"/>
        <source>SIP ALG Doctor could not start again. Close it and start it yourself.</source>
        <translation>SIP ALG Doctor n’a pas pu redémarrer. Fermez-le et relancez-le vous-même.</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="300"/>
        <source>A test is still running. Closing now stops it and loses its result.</source>
        <translation>Un test est encore en cours. Fermer maintenant l’arrête et son résultat sera perdu.</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="307"/>
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
        <location filename="../../app/ui/pages/fixit.py" line="81"/>
        <source>Switch the SIP ALG off</source>
        <translation>Désactiver le SIP ALG</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/fixit.py" line="83"/>
        <source>I&apos;ve &amp;switched it off — test again</source>
        <translation>Je l’ai &amp;désactivé — tester à nouveau</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/fixit.py" line="123"/>
        <source>Check that it is off</source>
        <translation>Vérifier qu’il est désactivé</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/fixit.py" line="127"/>
        <source>Also worth changing</source>
        <translation>À modifier aussi</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/fixit.py" line="150"/>
        <source>When you have changed the setting and restarted the router, press “I&apos;ve switched it off — test again”.</source>
        <translation>Quand vous avez modifié le réglage et redémarré le routeur, appuyez sur « Je l’ai désactivé — tester à nouveau ».</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/fixit.py" line="157"/>
        <source>What&apos;s this? The words on this page explained</source>
        <translation>Qu’est-ce que c’est ? Les termes de cette page expliqués</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/fixit.py" line="174"/>
        <source>We could not find your router&apos;s address. It is usually printed on a label on the router, next to its password.</source>
        <translation>Nous n’avons pas trouvé l’adresse de votre routeur. Elle est en général imprimée sur une étiquette du routeur, à côté de son mot de passe.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/fixit.py" line="181"/>
        <source>&amp;Open my router&apos;s settings</source>
        <translation>&amp;Ouvrir les réglages de mon routeur</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/fixit.py" line="182"/>
        <source>Open my router&apos;s settings</source>
        <translation>Ouvrir les réglages de mon routeur</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/fixit.py" line="188"/>
        <source>Opens %s in your browser, the address of your router&apos;s own settings pages.</source>
        <translation>Ouvre %s dans votre navigateur : c’est l’adresse des pages de réglages de votre routeur.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/fixit.py" line="214"/>
        <source>Steps for your %s</source>
        <translation>Étapes pour votre %s</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/fixit.py" line="231"/>
        <source>If your router&apos;s pages look different, try these:</source>
        <translation>Si les pages de votre routeur sont différentes, essayez ceci :</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/pages/fixit.py" line="238"/>
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
        <location filename="../../app/ui/jargon.py" line="32"/>
        <source>SIP: the language internet phones use to set up calls.</source>
        <translation>SIP : le langage que les téléphones Internet utilisent pour établir les appels.</translation>
    </message>
    <message>
        <location filename="../../app/ui/jargon.py" line="33"/>
        <source>SIP ALG: a &apos;helper&apos; built into many routers that rewrites phone messages on the way through. It often breaks calls instead of helping.</source>
        <translation>SIP ALG : un « assistant » intégré à de nombreux routeurs, qui réécrit les messages téléphoniques au passage. Souvent, il perturbe les appels au lieu d’aider.</translation>
    </message>
    <message>
        <location filename="../../app/ui/jargon.py" line="38"/>
        <source>UDP and TCP: two ways of sending data over the internet. Most phones use UDP; some use TCP.</source>
        <translation>UDP et TCP : deux façons d’envoyer des données sur Internet. La plupart des téléphones utilisent UDP ; certains utilisent TCP.</translation>
    </message>
    <message>
        <location filename="../../app/ui/jargon.py" line="43"/>
        <source>NAT: your router shares one internet address between all your devices. That is normal and not a problem by itself.</source>
        <translation>NAT : votre routeur partage une seule adresse Internet entre tous vos appareils. C’est normal et ce n’est pas un problème en soi.</translation>
    </message>
    <message>
        <location filename="../../app/ui/jargon.py" line="48"/>
        <source>RTP: how the sound of a call travels, separately from the call set-up.</source>
        <translation>RTP : la façon dont le son d’un appel circule, séparément de l’établissement de l’appel.</translation>
    </message>
    <message>
        <location filename="../../app/ui/jargon.py" line="51"/>
        <source>Binding lifetime (idle-connection test): how long your router remembers a quiet phone connection. If it forgets too soon, incoming calls cannot reach the phone.</source>
        <translation>Durée de vie des connexions (test de connexion inactive) : combien de temps votre routeur garde en mémoire une connexion téléphonique silencieuse. S’il l’oublie trop tôt, les appels entrants ne peuvent pas atteindre le téléphone.</translation>
    </message>
    <message>
        <location filename="../../app/ui/jargon.py" line="56"/>
        <source>Test server (reflector): a server that sends back exactly what reached it, so the tool can compare it with what was sent and see what your router changed.</source>
        <translation>Serveur de test (réflecteur) : un serveur qui renvoie exactement ce qu’il a reçu, pour que l’outil puisse le comparer avec ce qui a été envoyé et voir ce que votre routeur a modifié.</translation>
    </message>
    <message>
        <location filename="../../app/ui/jargon.py" line="61"/>
        <source>Provider mode: the test talks to your phone provider&apos;s own server instead of a SIP ALG Doctor test server. It shows less detail, but needs no test server.</source>
        <translation>Mode fournisseur : le test s’adresse au propre serveur de votre fournisseur de téléphonie au lieu d’un serveur de test SIP ALG Doctor. Il montre moins de détails, mais n’a pas besoin de serveur de test.</translation>
    </message>
    <message>
        <location filename="../../app/ui/jargon.py" line="67"/>
        <source>MOS: a call-quality score from 1 (unusable) to 5 (perfect), estimated from the measured loss, delay and jitter. Above 4 sounds clear.</source>
        <translation>MOS : une note de qualité d’appel de 1 (inutilisable) à 5 (parfaite), estimée à partir des pertes, du délai et de la gigue (jitter) mesurés. Au-dessus de 4, le son est clair.</translation>
    </message>
    <message>
        <location filename="../../app/ui/jargon.py" line="72"/>
        <source>Jitter: how unevenly the pieces of sound arrive. A lot of it makes voices stutter or sound robotic.</source>
        <translation>Gigue (jitter) : l’irrégularité avec laquelle les morceaux de son arrivent. Beaucoup de gigue fait bégayer les voix ou leur donne un son robotique.</translation>
    </message>
    <message>
        <location filename="../../app/ui/jargon.py" line="77"/>
        <source>SDP: the part of a call set-up that says where the sound should be sent.</source>
        <translation>SDP : la partie de l’établissement d’un appel qui indique où envoyer le son.</translation>
    </message>
    <message>
        <location filename="../../app/ui/jargon.py" line="81"/>
        <source>INVITE, ACK, BYE: the call set-up, the confirmation that the call was answered, and the hang-up.</source>
        <translation>INVITE, ACK, BYE : l’établissement de l’appel, la confirmation que l’appel a été décroché, et le raccrochage.</translation>
    </message>
    <message>
        <location filename="../../app/ui/jargon.py" line="137"/>
        <source>What&apos;s this?</source>
        <translation>Qu’est-ce que c’est ?</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <location filename="../../app/ui/language.py" line="30"/>
        <source>System default</source>
        <translation>Langue du système</translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <location filename="../../app/ui/pages/base.py" line="89"/>
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
        <location filename="../../app/ui/pages/results.py" line="74"/>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/results.py" line="75"/>
        <source>What the test found, and what to do next.</source>
        <translation>Ce que le test a trouvé, et ce qu’il faut faire ensuite.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/results.py" line="88"/>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/results.py" line="90"/>
        <source>What it means</source>
        <translation>Ce que cela signifie</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/results.py" line="92"/>
        <source>What happened to each kind of call</source>
        <translation>Ce qui est arrivé à chaque type d’appel</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/results.py" line="94"/>
        <source>What&apos;s this? SIP, ALG, UDP and TCP explained</source>
        <translation>Qu’est-ce que c’est ? SIP, ALG, UDP et TCP expliqués</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/results.py" line="101"/>
        <source>The server tested</source>
        <translation>Le serveur testé</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/results.py" line="104"/>
        <source>What to do next</source>
        <translation>Que faire ensuite</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/results.py" line="106"/>
        <source>Another way on</source>
        <translation>Une autre solution</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/results.py" line="126"/>
        <source>What to do</source>
        <translation>Que faire</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/results.py" line="130"/>
        <source>What&apos;s this? The words in the steps explained</source>
        <translation>Qu’est-ce que c’est ? Les termes des étapes expliqués</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/results.py" line="139"/>
        <source>What to tell your provider</source>
        <translation>Ce qu’il faut dire à votre fournisseur</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/results.py" line="140"/>
        <location filename="../../app/ui/pages/results.py" line="218"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/results.py" line="141"/>
        <source>Copy what to tell your provider</source>
        <translation>Copier ce qu’il faut dire à votre fournisseur</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/results.py" line="148"/>
        <location filename="../../app/ui/pages/results.py" line="222"/>
        <source>What your router changed — for your provider</source>
        <translation>Ce que votre routeur a modifié — pour votre fournisseur</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/results.py" line="154"/>
        <source>Details of what was found</source>
        <translation>Détails de ce qui a été trouvé</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/results.py" line="197"/>
        <source>How sure we are: %s</source>
        <translation>Degré de certitude : %s</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/results.py" line="224"/>
        <source>Details — for your provider</source>
        <translation>Détails — pour votre fournisseur</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/results.py" line="275"/>
        <source>Show me how to &amp;switch it off</source>
        <translation>Me montrer comment le &amp;désactiver</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/results.py" line="278"/>
        <source>&amp;Try again</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/results.py" line="279"/>
        <source>Use another se&amp;rver</source>
        <translation>Utiliser un autre &amp;serveur</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/results.py" line="281"/>
        <source>Run the &amp;idle-connection test</source>
        <translation>Lancer le test de connexion i&amp;nactive</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/results.py" line="282"/>
        <location filename="../../app/ui/pages/results.py" line="284"/>
        <source>Save a re&amp;port</source>
        <translation>Enregistrer un ra&amp;pport</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/results.py" line="296"/>
        <source>Tests again whether your router forgets a quiet phone connection, which stops phones from ringing. Adds a few minutes.</source>
        <translation>Vérifie à nouveau si votre routeur oublie une connexion téléphonique silencieuse, ce qui empêche les téléphones de sonner. Ajoute quelques minutes.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/results.py" line="319"/>
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
        <location filename="../../app/ui/router_picker.py" line="108"/>
        <source>Type a brand or model, e.g. TP-Link Archer</source>
        <translation>Saisissez une marque ou un modèle, par ex. TP-Link Archer</translation>
    </message>
    <message>
        <location filename="../../app/ui/router_picker.py" line="109"/>
        <source>Search for your router</source>
        <translation>Rechercher votre routeur</translation>
    </message>
    <message>
        <location filename="../../app/ui/router_picker.py" line="111"/>
        <source>Type to search; the arrow keys move through the routers below.</source>
        <translation>Saisissez pour rechercher ; les flèches du clavier permettent de parcourir les routeurs ci-dessous.</translation>
    </message>
    <message>
        <location filename="../../app/ui/router_picker.py" line="116"/>
        <source>About the search</source>
        <translation>À propos de la recherche</translation>
    </message>
    <message>
        <location filename="../../app/ui/router_picker.py" line="119"/>
        <source>Routers</source>
        <translation>Routeurs</translation>
    </message>
    <message>
        <location filename="../../app/ui/router_picker.py" line="122"/>
        <source>Grouped by kind. The first entry, Not listed / I don&apos;t know, gives steps that work on any router.</source>
        <translation>Classés par type. La première entrée, Pas dans la liste / Je ne sais pas, donne des étapes qui fonctionnent sur tous les routeurs.</translation>
    </message>
    <message>
        <location filename="../../app/ui/router_picker.py" line="194"/>
        <source>Not in the list? Choose “Not listed / I don&apos;t know” at the top.</source>
        <translation>Pas dans la liste ? Choisissez « Pas dans la liste / Je ne sais pas » en haut.</translation>
    </message>
    <message>
        <location filename="../../app/ui/router_picker.py" line="206"/>
        <source>“%s” does not name a brand or model (they are printed on the router&apos;s label).</source>
        <translation>« %s » n’est pas une marque ni un modèle (ils sont imprimés sur l’étiquette du routeur).</translation>
    </message>
    <message>
        <location filename="../../app/ui/router_picker.py" line="213"/>
        <source>%s has no guide of its own yet, and the steps for the maker&apos;s other products do not apply to it.</source>
        <translation>%s n’a pas encore de guide à lui, et les étapes des autres produits du fabricant ne s’y appliquent pas.</translation>
    </message>
    <message>
        <location filename="../../app/ui/router_picker.py" line="219"/>
        <source>No guide matches “%s”.</source>
        <translation>Aucun guide ne correspond à « %s ».</translation>
    </message>
    <message>
        <location filename="../../app/ui/router_picker.py" line="223"/>
        <source>“Not listed / I don&apos;t know” is chosen: its steps work on any router.</source>
        <translation>« Pas dans la liste / Je ne sais pas » est choisi : ses étapes fonctionnent sur tous les routeurs.</translation>
    </message>
    <message>
        <location filename="../../app/ui/router_picker.py" line="231"/>
        <source>Not listed / I don&apos;t know</source>
        <translation>Pas dans la liste / Je ne sais pas</translation>
    </message>
    <message>
        <location filename="../../app/ui/router_picker.py" line="233"/>
        <source>General steps that work on any router</source>
        <translation>Étapes générales qui fonctionnent sur tous les routeurs</translation>
    </message>
    <message>
        <location filename="../../app/ui/router_picker.py" line="238"/>
        <source>Home routers</source>
        <translation>Routeurs domestiques</translation>
    </message>
    <message>
        <location filename="../../app/ui/router_picker.py" line="239"/>
        <source>Boxes from your internet provider</source>
        <translation>Box de votre fournisseur d’accès</translation>
    </message>
    <message>
        <location filename="../../app/ui/router_picker.py" line="240"/>
        <source>Mesh Wi-Fi</source>
        <translation>Wi-Fi maillé (mesh)</translation>
    </message>
    <message>
        <location filename="../../app/ui/router_picker.py" line="241"/>
        <source>Mobile internet (4G/5G) routers</source>
        <translation>Routeurs Internet mobile (4G/5G)</translation>
    </message>
    <message>
        <location filename="../../app/ui/router_picker.py" line="242"/>
        <source>Business routers and firewalls</source>
        <translation>Routeurs et pare-feu professionnels</translation>
    </message>
    <message>
        <location filename="../../app/ui/router_picker.py" line="243"/>
        <source>Other routers</source>
        <translation>Autres routeurs</translation>
    </message>
    <message>
        <location filename="../../app/ui/router_picker.py" line="263"/>
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
        <location filename="../../app/ui/pages/setup.py" line="76"/>
        <source>Who provides your phone service?</source>
        <translation>Qui fournit votre service téléphonique ?</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/setup.py" line="79"/>
        <source>The test messages go to this server and back. Not sure? “I don&apos;t know” works too.</source>
        <translation>Les messages de test vont jusqu’à ce serveur et reviennent. Vous ne savez pas ? « Je ne sais pas » fonctionne aussi.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/setup.py" line="89"/>
        <source>Test against your provider&apos;s test server</source>
        <translation>Tester avec le serveur de test de votre fournisseur</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/setup.py" line="91"/>
        <source>My provider is:</source>
        <translation>Mon fournisseur est :</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/setup.py" line="92"/>
        <source>Choose my provider from the list</source>
        <translation>Choisir mon fournisseur dans la liste</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/setup.py" line="95"/>
        <source>The server in my phone&apos;s settings:</source>
        <translation>Le serveur indiqué dans les réglages de mon téléphone :</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/setup.py" line="96"/>
        <source>Test against the server in my phone&apos;s settings</source>
        <translation>Tester avec le serveur indiqué dans les réglages de mon téléphone</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/setup.py" line="98"/>
        <source>e.g. sip.myprovider.com</source>
        <translation>par ex. sip.monfournisseur.fr</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/setup.py" line="99"/>
        <source>SIP server from my phone&apos;s settings</source>
        <translation>Serveur SIP indiqué dans les réglages de mon téléphone</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/setup.py" line="102"/>
        <source>Problem with the address</source>
        <translation>Problème avec l’adresse</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/setup.py" line="105"/>
        <source>The &apos;SIP server&apos;, &apos;domain&apos;, &apos;registrar&apos; or &apos;proxy&apos; in your phone&apos;s or adapter&apos;s account settings.</source>
        <translation>Le « serveur SIP », « domaine », « registrar » ou « proxy » dans les réglages du compte de votre téléphone ou de votre adaptateur.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/setup.py" line="110"/>
        <source>I don&apos;t know</source>
        <translation>Je ne sais pas</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/setup.py" line="111"/>
        <source>I don&apos;t know my provider&apos;s server</source>
        <translation>Je ne connais pas le serveur de mon fournisseur</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/setup.py" line="115"/>
        <source>Advanced: a SIP ALG Doctor test server</source>
        <translation>Avancé : un serveur de test SIP ALG Doctor</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/setup.py" line="116"/>
        <source>Show the test server option</source>
        <translation>Afficher l’option du serveur de test</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/setup.py" line="121"/>
        <source>A SIP ALG Doctor test server:</source>
        <translation>Un serveur de test SIP ALG Doctor :</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/setup.py" line="123"/>
        <source>Test against a SIP ALG Doctor test server</source>
        <translation>Tester avec un serveur de test SIP ALG Doctor</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/setup.py" line="126"/>
        <source>e.g. reflector.myprovider.com</source>
        <translation>par ex. reflector.monfournisseur.fr</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/setup.py" line="127"/>
        <source>Test server address</source>
        <translation>Adresse du serveur de test</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/setup.py" line="130"/>
        <source>Problem with the test server address</source>
        <translation>Problème avec l’adresse du serveur de test</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/setup.py" line="133"/>
        <source>Your provider&apos;s support may give you one. It sees exactly what your router changes, in both directions.</source>
        <translation>L’assistance de votre fournisseur peut vous en donner un. Il voit exactement ce que votre routeur modifie, dans les deux sens.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/setup.py" line="144"/>
        <source>Also measure how long my router keeps idle phone connections open (adds a few minutes)</source>
        <translation>Mesurer aussi combien de temps mon routeur garde ouvertes les connexions téléphoniques inactives (ajoute quelques minutes)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/setup.py" line="148"/>
        <source>Measure connection lifetime</source>
        <translation>Mesurer la durée de vie des connexions</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/setup.py" line="151"/>
        <source>What will be contacted</source>
        <translation>Ce qui sera contacté</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/setup.py" line="185"/>
        <source>What&apos;s this? The words on this page explained</source>
        <translation>Qu’est-ce que c’est ? Les termes de cette page expliqués</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/setup.py" line="219"/>
        <source>Your provider&apos;s test server (%s)</source>
        <translation>Le serveur de test de votre fournisseur (%s)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/setup.py" line="221"/>
        <source>Your provider&apos;s server (%s)</source>
        <translation>Le serveur de votre fournisseur (%s)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/setup.py" line="228"/>
        <source>What this cannot check:</source>
        <translation>Ce que ce test ne peut pas vérifier :</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/setup.py" line="315"/>
        <source>We will send a few harmless test messages (SIP OPTIONS) to %s.</source>
        <translation>Nous enverrons quelques messages de test sans danger (SIP OPTIONS) à %s.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/setup.py" line="317"/>
        <source>We will send a few test calls to the SIP ALG Doctor test server %s, which sends back exactly what arrived.</source>
        <translation>Nous enverrons quelques appels de test au serveur de test SIP ALG Doctor %s, qui renvoie exactement ce qu’il a reçu.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/setup.py" line="326"/>
        <source>Choose your provider in the list, or one of the other ways.</source>
        <translation>Choisissez votre fournisseur dans la liste, ou l’une des autres options.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/setup.py" line="330"/>
        <source>%s publishes no server we can test. Enter the server from your phone&apos;s settings, or choose “I don&apos;t know”.</source>
        <translation>%s ne publie aucun serveur que nous pouvons tester. Saisissez le serveur indiqué dans les réglages de votre téléphone, ou choisissez « Je ne sais pas ».</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/setup.py" line="333"/>
        <source>%s&apos;s server %s</source>
        <translation>Serveur de %s : %s</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/setup.py" line="338"/>
        <source>We will send a few harmless test messages (SIP OPTIONS) to public SIP services such as %s, one after the other until one answers.</source>
        <translation>Nous enverrons quelques messages de test sans danger (SIP OPTIONS) à des services SIP publics comme %s, l’un après l’autre jusqu’à ce que l’un d’eux réponde.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/setup.py" line="344"/>
        <source>Enter the server from your phone&apos;s settings.</source>
        <translation>Saisissez le serveur indiqué dans les réglages de votre téléphone.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/setup.py" line="347"/>
        <source>Enter the test server&apos;s address.</source>
        <translation>Saisissez l’adresse du serveur de test.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/setup.py" line="361"/>
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
    <name>TestCall</name>
    <message>
        <location filename="../../app/pipeline/test_call.py" line="92"/>
        <source>The test was stopped before the call.</source>
        <translation>Le test a été arrêté avant l’appel.</translation>
    </message>
    <message>
        <location filename="../../app/pipeline/test_call.py" line="95"/>
        <source>A test call needs a SIP ALG Doctor test server (reflector).</source>
        <translation>Un appel de test nécessite un serveur de test SIP ALG Doctor (réflecteur).</translation>
    </message>
    <message>
        <location filename="../../app/pipeline/test_call.py" line="100"/>
        <source>The test server never answered, so no call was made.</source>
        <translation>Le serveur de test n’a jamais répondu : aucun appel n’a donc été passé.</translation>
    </message>
</context>
<context>
    <name>VerifyPage</name>
    <message>
        <location filename="../../app/ui/pages/verify.py" line="60"/>
        <source>Did it work?</source>
        <translation>Est-ce que ça a marché ?</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/verify.py" line="61"/>
        <source>Run the same test again now that the setting is changed.</source>
        <translation>Relancez le même test maintenant que le réglage est modifié.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/verify.py" line="64"/>
        <location filename="../../app/ui/pages/verify.py" line="203"/>
        <location filename="../../app/ui/pages/verify.py" line="271"/>
        <location filename="../../app/ui/pages/verify.py" line="315"/>
        <source>&amp;Test again</source>
        <translation>&amp;Tester à nouveau</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/verify.py" line="65"/>
        <source>Test again</source>
        <translation>Tester à nouveau</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/verify.py" line="67"/>
        <source>&amp;Stop</source>
        <translation>&amp;Arrêter</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/verify.py" line="71"/>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/verify.py" line="80"/>
        <source>Check</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/verify.py" line="80"/>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/verify.py" line="80"/>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/verify.py" line="82"/>
        <source>Before and after</source>
        <translation>Avant et après</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/verify.py" line="91"/>
        <source>The same header before and after</source>
        <translation>Le même en-tête avant et après</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/verify.py" line="100"/>
        <source>What&apos;s this? The words on this page explained</source>
        <translation>Qu’est-ce que c’est ? Les termes de cette page expliqués</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/verify.py" line="127"/>
        <source>Make sure you saved the change and restarted the router. Then press Test again; if the internet is not back yet, the test waits for it.</source>
        <translation>Vérifiez que vous avez bien enregistré la modification et redémarré le routeur. Appuyez ensuite sur Tester à nouveau ; si Internet n’est pas encore revenu, le test l’attend.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/pages/verify.py" line="253"/>
        <source>No answer yet: your internet connection is probably still coming back after the restart. Testing again in %n s…</source>
        <translation>
            <numerusform>Pas encore de réponse : votre connexion Internet est sans doute encore en train de revenir après le redémarrage. Nouvel essai dans %n s…</numerusform>
            <numerusform>Pas encore de réponse : votre connexion Internet est sans doute encore en train de revenir après le redémarrage. Nouvel essai dans %n s…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/verify.py" line="261"/>
        <source>%v s</source>
        <translation>%v s</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/verify.py" line="271"/>
        <source>&amp;Test now</source>
        <translation>Tester &amp;maintenant</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/verify.py" line="307"/>
        <source>The second test could not run. Check that the internet works again after the restart, then try again.</source>
        <translation>Le second test n’a pas pu s’exécuter. Vérifiez qu’Internet fonctionne de nouveau après le redémarrage, puis réessayez.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/verify.py" line="342"/>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/verify.py" line="351"/>
        <source>Calls over %s</source>
        <translation>Appels en %s</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/verify.py" line="388"/>
        <source>Press Next to save a report of before and after, for your records or your provider.</source>
        <translation>Appuyez sur Suivant pour enregistrer un rapport avant/après, pour vos archives ou pour votre fournisseur.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/verify.py" line="392"/>
        <source>When you have checked the points above, press Test again; or press Next to save a report for your provider.</source>
        <translation>Quand vous avez vérifié les points ci-dessus, appuyez sur Tester à nouveau ; ou appuyez sur Suivant pour enregistrer un rapport pour votre fournisseur.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/verify.py" line="402"/>
        <source>Fixed! Your calls now pass through unchanged. Restart your phones so they register again, then make a test call.</source>
        <translation>Réglé ! Vos appels passent maintenant sans modification. Redémarrez vos téléphones pour qu’ils se réenregistrent, puis passez un appel de test.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/verify.py" line="408"/>
        <source>The test was stopped before it finished. Run it again.</source>
        <translation>Le test a été arrêté avant la fin. Relancez-le.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/verify.py" line="413"/>
        <source>Still no answer after waiting %d seconds. Check that the internet works again (open any web page). If it does not, the router may still be starting: wait a little, then press Test again.</source>
        <translation>Toujours pas de réponse après %d secondes d’attente. Vérifiez qu’Internet fonctionne de nouveau (ouvrez une page web). Sinon, le routeur est peut-être encore en train de démarrer : patientez un peu, puis appuyez sur Tester à nouveau.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/verify.py" line="422"/>
        <source>No answer from the test server. Check that the internet works again, then press Test again.</source>
        <translation>Pas de réponse du serveur de test. Vérifiez qu’Internet fonctionne de nouveau, puis appuyez sur Tester à nouveau.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/verify.py" line="430"/>
        <source>We could not reach the test server this time. Wait until the router has fully restarted, then test again.</source>
        <translation>Nous n’avons pas pu joindre le serveur de test cette fois-ci. Attendez que le routeur ait complètement redémarré, puis testez à nouveau.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/verify.py" line="436"/>
        <source>Not fixed yet. %s</source>
        <translation>Pas encore réglé. %s</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/verify.py" line="442"/>
        <source>Was the change saved, and did the router really restart? If in doubt, unplug it for ten seconds: some routers keep rewriting calls they already know until then.</source>
        <translation>La modification a-t-elle été enregistrée, et le routeur a-t-il vraiment redémarré ? En cas de doute, débranchez-le dix secondes : certains routeurs continuent sinon à réécrire les appels qu’ils connaissent déjà.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/verify.py" line="451"/>
        <source>Is there a second setting? On this router it may also be called: %s.</source>
        <translation>Y a-t-il un second réglage ? Sur ce routeur, il peut aussi s’appeler : %s.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/verify.py" line="457"/>
        <source>Is there a second setting? Some routers have the switch in more than one place (look through the firewall and NAT pages too).</source>
        <translation>Y a-t-il un second réglage ? Certains routeurs ont l’interrupteur à plusieurs endroits (regardez aussi les pages pare-feu et NAT).</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/verify.py" line="466"/>
        <source>Is there a box from your internet provider in front of your router? The test saw another router at %s between yours and the internet; its SIP ALG must be switched off too (or it must be put in bridge mode).</source>
        <translation>Y a-t-il une box de votre fournisseur d’accès devant votre routeur ? Le test a vu un autre routeur à l’adresse %s entre le vôtre et Internet ; son SIP ALG doit aussi être désactivé (ou elle doit être passée en mode bridge).</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/verify.py" line="475"/>
        <source>Is there a box from your internet provider (a modem or fibre box) in front of your router? It can have a SIP ALG of its own.</source>
        <translation>Y a-t-il une box de votre fournisseur d’accès (un modem ou une box fibre) devant votre routeur ? Elle peut avoir son propre SIP ALG.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/verify.py" line="484"/>
        <source>If the setting cannot be switched off, use one of the workarounds on the previous page.</source>
        <translation>Si le réglage ne peut pas être désactivé, utilisez l’une des solutions de contournement de la page précédente.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/verify.py" line="488"/>
        <source>What to check next:</source>
        <translation>Ce qu’il faut vérifier ensuite :</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../app/ui/pages/welcome.py" line="21"/>
        <source>Let&apos;s find out what is breaking your calls</source>
        <translation>Découvrons ce qui perturbe vos appels</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/welcome.py" line="22"/>
        <source>Two minutes, no technical knowledge needed.</source>
        <translation>Deux minutes, aucune connaissance technique nécessaire.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/welcome.py" line="27"/>
        <source>Many routers have a &apos;SIP ALG&apos; that rewrites phone-call messages as they pass and causes one-way audio, dropped calls or phones that never ring. This tool sends a few test calls through your connection, shows exactly what your router changed, and tells you how to switch the ALG off on your router.</source>
        <translation>Beaucoup de routeurs ont un « SIP ALG » qui réécrit les messages des appels téléphoniques au passage, ce qui provoque du son dans un seul sens, des appels coupés ou des téléphones qui ne sonnent jamais. Cet outil envoie quelques appels de test par votre connexion, montre exactement ce que votre routeur a modifié, et vous explique comment désactiver l’ALG sur votre routeur.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/welcome.py" line="35"/>
        <source>What&apos;s this? SIP and ALG explained</source>
        <translation>Qu’est-ce que c’est ? SIP et ALG expliqués</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/welcome.py" line="40"/>
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
