<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>BeforeAfter</name>
    <message>
        <location filename="../../app/ui/before_after.py" line="27"/>
        <source>where your phone says it can be reached</source>
        <translation>wo Ihr Telefon nach eigener Angabe erreichbar ist</translation>
    </message>
    <message>
        <location filename="../../app/ui/before_after.py" line="30"/>
        <source>where answers to your phone must go</source>
        <translation>wohin Antworten an Ihr Telefon gehen müssen</translation>
    </message>
    <message>
        <location filename="../../app/ui/before_after.py" line="31"/>
        <source>where the sound of a call must be sent</source>
        <translation>wohin der Ton eines Anrufs gesendet werden muss</translation>
    </message>
    <message>
        <location filename="../../app/ui/before_after.py" line="34"/>
        <source>it carries your address</source>
        <translation>er enthält Ihre Adresse</translation>
    </message>
    <message>
        <location filename="../../app/ui/before_after.py" line="117"/>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <location filename="../../app/ui/before_after.py" line="118"/>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <location filename="../../app/ui/before_after.py" line="119"/>
        <source>sent:</source>
        <translation>gesendet:</translation>
    </message>
    <message>
        <location filename="../../app/ui/before_after.py" line="120"/>
        <source>arrived:</source>
        <translation>angekommen:</translation>
    </message>
    <message>
        <location filename="../../app/ui/before_after.py" line="123"/>
        <source>The %s header (%s)</source>
        <translation>Der %s-Header (%s)</translation>
    </message>
    <message>
        <location filename="../../app/ui/before_after.py" line="127"/>
        <source>rewritten</source>
        <translation>umgeschrieben</translation>
    </message>
    <message>
        <location filename="../../app/ui/before_after.py" line="135"/>
        <source>arrived exactly as sent</source>
        <translation>genau so angekommen, wie gesendet</translation>
    </message>
    <message>
        <location filename="../../app/ui/before_after.py" line="137"/>
        <source>(with your address %s)</source>
        <translation>(mit Ihrer Adresse %s)</translation>
    </message>
    <message>
        <location filename="../../app/ui/before_after.py" line="141"/>
        <source>Your address now arrives unchanged.</source>
        <translation>Ihre Adresse kommt jetzt unverändert an.</translation>
    </message>
    <message>
        <location filename="../../app/ui/before_after.py" line="145"/>
        <source>still rewritten</source>
        <translation>immer noch umgeschrieben</translation>
    </message>
    <message>
        <location filename="../../app/ui/before_after.py" line="152"/>
        <source>Your address is still being rewritten.</source>
        <translation>Ihre Adresse wird immer noch umgeschrieben.</translation>
    </message>
</context>
<context>
    <name>CallFindings</name>
    <message>
        <location filename="../../app/diagnosis/call_findings.py" line="57"/>
        <source>excellent</source>
        <translation>ausgezeichnet</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/call_findings.py" line="58"/>
        <source>good</source>
        <translation>gut</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/call_findings.py" line="59"/>
        <source>fair</source>
        <translation>mittelmäßig</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/call_findings.py" line="60"/>
        <source>poor</source>
        <translation>schwach</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/call_findings.py" line="61"/>
        <source>bad</source>
        <translation>schlecht</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/call_findings.py" line="62"/>
        <source>unusable</source>
        <translation>unbrauchbar</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/call_findings.py" line="148"/>
        <source>The test call was stopped</source>
        <translation>Der Testanruf wurde gestoppt</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/call_findings.py" line="149"/>
        <source>It was stopped before it finished, so it measured nothing about your calls.</source>
        <translation>Er wurde vor dem Ende gestoppt und hat daher nichts über Ihre Anrufe gemessen.</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/call_findings.py" line="155"/>
        <source>Run the test again and let the call finish.</source>
        <translation>Führen Sie den Test erneut aus und lassen Sie den Anruf zu Ende laufen.</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/call_findings.py" line="162"/>
        <source>The test server refused the call ({status} {reason}), so nothing about the call&apos;s sound could be measured.</source>
        <translation>Der Testserver hat den Anruf abgelehnt ({status} {reason}). Über den Ton des Anrufs ließ sich daher nichts messen.</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/call_findings.py" line="168"/>
        <source>The call got no answer from the test server, although the test messages before it did. Nothing about the call&apos;s sound could be measured.</source>
        <translation>Der Anruf bekam keine Antwort vom Testserver, obwohl die Testnachrichten davor eine bekamen. Über den Ton des Anrufs ließ sich nichts messen.</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/call_findings.py" line="175"/>
        <source>Run the test again in a minute; the test server may have been busy.</source>
        <translation>Führen Sie den Test in einer Minute erneut aus. Der Testserver war vielleicht ausgelastet.</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/call_findings.py" line="179"/>
        <source>If it fails again, a firewall on this computer or in the router may block calls (not just test messages): check it, or send the report to your provider.</source>
        <translation>Wenn es wieder fehlschlägt, blockiert vielleicht eine Firewall auf diesem Computer oder im Router Anrufe (nicht nur Testnachrichten): Prüfen Sie sie oder senden Sie den Bericht an Ihren Anbieter.</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/call_findings.py" line="189"/>
        <source>The test call could not be set up</source>
        <translation>Der Testanruf konnte nicht aufgebaut werden</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/call_findings.py" line="211"/>
        <source>No sound got through in either direction</source>
        <translation>In keiner Richtung kam Ton durch</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/call_findings.py" line="212"/>
        <source>The call was set up, but none of its sound arrived, neither yours at the far end nor the far end&apos;s at this computer. A firewall that blocks call audio (RTP) is the usual cause.</source>
        <translation>Der Anruf wurde aufgebaut, aber kein Ton kam an: weder Ihrer bei der Gegenstelle noch der Ton der Gegenstelle an diesem Computer. Die übliche Ursache ist eine Firewall, die den Ton von Anrufen (RTP) blockiert.</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/call_findings.py" line="219"/>
        <source>Check the firewall on this computer and in the router: call audio uses UDP on changing high ports.</source>
        <translation>Prüfen Sie die Firewall auf diesem Computer und im Router: Der Ton von Anrufen nutzt UDP auf wechselnden hohen Ports.</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/call_findings.py" line="231"/>
        <source>Your voice did not reach the far end</source>
        <translation>Ihre Stimme kam bei der Gegenstelle nicht an</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/call_findings.py" line="232"/>
        <source>The sound this computer sent never arrived, while the far end&apos;s sound reached you: one-way audio, reproduced. Something on the way out (a firewall, or the router) drops call audio.</source>
        <translation>Der Ton, den dieser Computer gesendet hat, kam nie an, während der Ton der Gegenstelle Sie erreicht hat: Das ist einseitiger Ton, vom Test nachgestellt. Etwas auf dem Hinweg (eine Firewall oder der Router) verwirft den Ton von Anrufen.</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/call_findings.py" line="241"/>
        <source>Check the router&apos;s and this computer&apos;s firewall for rules that block outgoing UDP, then test again.</source>
        <translation>Prüfen Sie die Firewall des Routers und dieses Computers auf Regeln, die ausgehendes UDP blockieren, und testen Sie dann erneut.</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/call_findings.py" line="258"/>
        <source>Sound went both ways, but your router rewrote where it goes</source>
        <translation>Ton kam in beide Richtungen durch, aber Ihr Router hat umgeschrieben, wohin er geht</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/call_findings.py" line="261"/>
        <source>Your voice reached the far end, and the far end&apos;s sound reached you. On the way, your router&apos;s SIP ALG rewrote the audio address your phone announced ({offered} became {seen}). It got it right this time; such rewriting breaks other calls, so switching it off stays the advice.</source>
        <translation>Ihre Stimme kam bei der Gegenstelle an, und der Ton der Gegenstelle kam bei Ihnen an. Unterwegs hat das SIP ALG Ihres Routers die Audioadresse umgeschrieben, die Ihr Telefon angegeben hat (aus {offered} wurde {seen}). Diesmal hat es gepasst, aber solches Umschreiben stört andere Anrufe. Der Rat bleibt daher, es auszuschalten.</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/call_findings.py" line="271"/>
        <location filename="../../app/diagnosis/call_findings.py" line="342"/>
        <source>Turn off the SIP ALG in your router so the address your phone announces is not rewritten.</source>
        <translation>Schalten Sie das SIP ALG in Ihrem Router aus, damit die Adresse, die Ihr Telefon angibt, nicht umgeschrieben wird.</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/call_findings.py" line="286"/>
        <source>Sound went both ways</source>
        <translation>Ton kam in beide Richtungen durch</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/call_findings.py" line="287"/>
        <source>Your voice reached the far end, and the far end&apos;s sound reached you whether it was sent to the address your phone announced or to where your audio came from.</source>
        <translation>Ihre Stimme kam bei der Gegenstelle an, und der Ton der Gegenstelle kam bei Ihnen an, egal ob er an die von Ihrem Telefon angegebene Adresse gesendet wurde oder dorthin, woher Ihr Ton kam.</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/call_findings.py" line="305"/>
        <source>Sound went both ways (one return path not measured)</source>
        <translation>Ton kam in beide Richtungen durch (ein Rückweg nicht gemessen)</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/call_findings.py" line="308"/>
        <source>The far end&apos;s sound reached you when it was sent back to where your audio came from. Whether sound sent to the address your phone announced would arrive was not measured ({why}).</source>
        <translation>Der Ton der Gegenstelle kam bei Ihnen an, als er dorthin zurückgesendet wurde, woher Ihr Ton kam. Ob Ton an der von Ihrem Telefon angegebenen Adresse ankommen würde, wurde nicht gemessen ({why}).</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/call_findings.py" line="320"/>
        <source>The far end&apos;s sound sent to the address your phone announced ({announced}) was lost; sent back to where your audio came from, it arrived. A provider that sends sound to the announced address gives you one-way audio. </source>
        <translation>Der Ton der Gegenstelle ging verloren, als er an die von Ihrem Telefon angegebene Adresse ({announced}) gesendet wurde. Dorthin zurückgesendet, woher Ihr Ton kam, kam er an. Ein Anbieter, der den Ton an die angegebene Adresse sendet, beschert Ihnen einseitigen Ton. </translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/call_findings.py" line="327"/>
        <source>Your router&apos;s SIP ALG wrote that address into the call set-up, and wrote a wrong one.</source>
        <translation>Das SIP ALG Ihres Routers hat diese Adresse in den Verbindungsaufbau geschrieben, und zwar eine falsche.</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/call_findings.py" line="333"/>
        <source>The announced address is this computer&apos;s address at home, which the internet cannot reach; the provider has to send to where the audio came from instead (&apos;latching&apos;).</source>
        <translation>Die angegebene Adresse ist die Adresse dieses Computers zu Hause, die aus dem Internet nicht erreichbar ist. Der Anbieter muss den Ton stattdessen dorthin senden, woher er kam („Latching“).</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/call_findings.py" line="351"/>
        <source>Ask your provider to send call audio back to where it comes from (NAT handling, &apos;symmetric RTP&apos; or &apos;latching&apos;) for your line.</source>
        <translation>Bitten Sie Ihren Anbieter, den Ton von Anrufen für Ihren Anschluss dorthin zurückzusenden, woher er kommt (NAT-Behandlung, „symmetrisches RTP“ oder „Latching“).</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/call_findings.py" line="356"/>
        <source>Or turn on STUN or &apos;NAT traversal&apos; in your phone&apos;s settings, so it announces the address the internet sees.</source>
        <translation>Oder schalten Sie STUN oder „NAT-Traversal“ in den Einstellungen Ihres Telefons ein, damit es die Adresse angibt, die das Internet sieht.</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/call_findings.py" line="366"/>
        <source>Sound sent to the address your phone announced does not reach you</source>
        <translation>Ton an die von Ihrem Telefon angegebene Adresse kommt nicht bei Ihnen an</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/call_findings.py" line="370"/>
        <source>{detail}{why}</source>
        <translation>{detail}{why}</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/call_findings.py" line="383"/>
        <source>Sound sent back to where your audio came from was lost</source>
        <translation>Ton, der dorthin zurückgesendet wurde, woher Ihr Ton kam, ging verloren</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/call_findings.py" line="386"/>
        <source>The far end&apos;s sound reached you at the address your phone announced, but not when sent back to where your audio came from ({why}). A provider that &apos;latches&apos; would give you one-way audio.</source>
        <translation>Der Ton der Gegenstelle kam bei Ihnen an der von Ihrem Telefon angegebenen Adresse an, aber nicht, als er dorthin zurückgesendet wurde, woher Ihr Ton kam ({why}). Bei einem Anbieter, der „Latching“ nutzt, hätten Sie einseitigen Ton.</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/call_findings.py" line="395"/>
        <source>Send the report to your provider: their support can tell which way they send call audio.</source>
        <translation>Senden Sie den Bericht an Ihren Anbieter: Sein Support kann sagen, auf welchem Weg er den Ton von Anrufen sendet.</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/call_findings.py" line="410"/>
        <source>The far end&apos;s voice did not reach you</source>
        <translation>Die Stimme der Gegenstelle kam bei Ihnen nicht an</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/call_findings.py" line="411"/>
        <source>Neither of the far end&apos;s two streams arrived: not the one sent to the address your phone announced, nor the one sent back to where your audio came from. Something on the way in (the router&apos;s or this computer&apos;s firewall) drops call audio.</source>
        <translation>Keiner der beiden Tonströme der Gegenstelle kam an: weder der an die von Ihrem Telefon angegebene Adresse noch der dorthin zurückgesendete, woher Ihr Ton kam. Etwas auf dem Rückweg (die Firewall des Routers oder dieses Computers) verwirft den Ton von Anrufen.</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/call_findings.py" line="421"/>
        <source>Check the router&apos;s and this computer&apos;s firewall for rules that block incoming UDP answers, then test again.</source>
        <translation>Prüfen Sie die Firewall des Routers und dieses Computers auf Regeln, die eingehende UDP-Antworten blockieren, und testen Sie dann erneut.</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/call_findings.py" line="444"/>
        <source>The call&apos;s confirmation (ACK) was lost</source>
        <translation>Die Bestätigung des Anrufs (ACK) ging verloren</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/call_findings.py" line="445"/>
        <source>Our confirmation that the call was answered never reached the far end. In a real call the far end then hangs up about 32 seconds after answering: the classic cause of calls that drop after half a minute.</source>
        <translation>Unsere Bestätigung, dass der Anruf angenommen wurde, kam nie bei der Gegenstelle an. Bei einem echten Anruf legt die Gegenstelle dann etwa 32 Sekunden nach dem Annehmen auf: die klassische Ursache für Anrufe, die nach einer halben Minute abbrechen.</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/call_findings.py" line="454"/>
        <source>Turn off the SIP ALG in your router and check its firewall; then test again.</source>
        <translation>Schalten Sie das SIP ALG in Ihrem Router aus und prüfen Sie seine Firewall. Testen Sie dann erneut.</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/call_findings.py" line="469"/>
        <source>The call&apos;s confirmation (ACK) was rewritten</source>
        <translation>Die Bestätigung des Anrufs (ACK) wurde umgeschrieben</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/call_findings.py" line="470"/>
        <source>Our confirmation that the call was answered arrived changed. A far end that cannot match it to the call hangs up about 32 seconds after answering: the classic cause of calls that drop after half a minute.</source>
        <translation>Unsere Bestätigung, dass der Anruf angenommen wurde, kam verändert an. Eine Gegenstelle, die sie dem Anruf nicht zuordnen kann, legt etwa 32 Sekunden nach dem Annehmen auf: die klassische Ursache für Anrufe, die nach einer halben Minute abbrechen.</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/call_findings.py" line="479"/>
        <source>Turn off the SIP ALG in your router (it is what rewrites call messages), then test again.</source>
        <translation>Schalten Sie das SIP ALG in Ihrem Router aus (es ist das, was Nachrichten von Anrufen umschreibt) und testen Sie dann erneut.</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/call_findings.py" line="494"/>
        <source>The hang-up got no answer</source>
        <translation>Das Auflegen bekam keine Antwort</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/call_findings.py" line="495"/>
        <source>The call&apos;s confirmation (ACK) arrived unchanged, but our hang-up (BYE) got no answer. Calls may end on one side only, or messages late in a call get lost.</source>
        <translation>Die Bestätigung des Anrufs (ACK) kam unverändert an, aber unser Auflegen (BYE) bekam keine Antwort. Anrufe enden dann vielleicht nur auf einer Seite, oder Nachrichten spät im Anruf gehen verloren.</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/call_findings.py" line="504"/>
        <source>Run the test again; if the hang-up is lost again, send the report to your provider.</source>
        <translation>Führen Sie den Test erneut aus. Wenn das Auflegen wieder verloren geht, senden Sie den Bericht an Ihren Anbieter.</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/call_findings.py" line="518"/>
        <source>The call&apos;s confirmation and hang-up got through</source>
        <translation>Bestätigung und Auflegen des Anrufs kamen durch</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/call_findings.py" line="519"/>
        <source>Our confirmation (ACK) reached the far end unchanged and the hang-up (BYE) was answered, so the usual cause of drops after 30 seconds is not on your connection. The test call lasted {seconds} s, so a drop later in a call was not itself tested.</source>
        <translation>Unsere Bestätigung (ACK) kam unverändert bei der Gegenstelle an und das Auflegen (BYE) wurde beantwortet. Die übliche Ursache für Abbrüche nach 30 Sekunden liegt also nicht an Ihrer Verbindung. Der Testanruf dauerte {seconds} s, ein Abbruch später im Anruf wurde also nicht selbst getestet.</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/call_findings.py" line="558"/>
        <source>An incoming call after {idle} s of quiet did not arrive</source>
        <translation>Ein eingehender Anruf nach {idle} s Ruhe kam nicht an</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/call_findings.py" line="561"/>
        <source>After {idle} seconds without traffic, a call sent to this computer never reached it: your phone would not ring and callers would get voicemail. The router forgets a quiet phone connection too soon, or drops incoming call set-ups.</source>
        <translation>Nach {idle} Sekunden ohne Datenverkehr hat ein Anruf an diesen Computer ihn nie erreicht: Ihr Telefon würde nicht klingeln und Anrufer würden auf der Mailbox landen. Der Router vergisst eine ruhige Telefonverbindung zu früh oder verwirft eingehende Verbindungsaufbauten.</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/call_findings.py" line="571"/>
        <source>Set your phone to re-register or send keep-alives more often (every 20 to 30 seconds), or raise the router&apos;s UDP time-out.</source>
        <translation>Stellen Sie Ihr Telefon so ein, dass es sich öfter neu registriert oder öfter Keep-Alives sendet (alle 20 bis 30 Sekunden), oder erhöhen Sie das UDP-Timeout des Routers.</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/call_findings.py" line="576"/>
        <source>Turn off the SIP ALG in your router, then test again.</source>
        <translation>Schalten Sie das SIP ALG in Ihrem Router aus und testen Sie dann erneut.</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/call_findings.py" line="589"/>
        <source>An incoming call arrived, but rewritten by the router</source>
        <translation>Ein eingehender Anruf kam an, aber vom Router umgeschrieben</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/call_findings.py" line="592"/>
        <source>After {idle} seconds of quiet the call still reached this computer, but the router had changed it on the way; phones may reject such calls or answer them without sound.</source>
        <translation>Nach {idle} Sekunden Ruhe hat der Anruf diesen Computer noch erreicht, aber der Router hatte ihn unterwegs verändert. Telefone lehnen solche Anrufe vielleicht ab oder nehmen sie ohne Ton an.</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/call_findings.py" line="600"/>
        <source>Turn off the SIP ALG in your router.</source>
        <translation>Schalten Sie das SIP ALG in Ihrem Router aus.</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/call_findings.py" line="609"/>
        <source>An incoming call after {idle} s of quiet arrived</source>
        <translation>Ein eingehender Anruf nach {idle} s Ruhe kam an</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/call_findings.py" line="612"/>
        <source>After {idle} seconds without traffic, a call sent to this computer still reached it unchanged. Longer quiet spells were not tested by the call.</source>
        <translation>Nach {idle} Sekunden ohne Datenverkehr hat ein Anruf an diesen Computer ihn noch unverändert erreicht. Längere Ruhepausen hat der Anruf nicht getestet.</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/call_findings.py" line="638"/>
        <source>in both directions</source>
        <translation>in beiden Richtungen</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/call_findings.py" line="640"/>
        <source>on the way out</source>
        <translation>auf dem Hinweg</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/call_findings.py" line="642"/>
        <source>on the way in</source>
        <translation>auf dem Rückweg</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/call_findings.py" line="649"/>
        <source>Large call set-ups are blocked by your router</source>
        <translation>Große Verbindungsaufbauten werden von Ihrem Router blockiert</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/call_findings.py" line="650"/>
        <source>A call set-up too big for one packet ({size} bytes, as phones offering many codecs send) was lost {which}, while small messages passed. Calls with such set-ups fail silently or never ring.</source>
        <translation>Ein Verbindungsaufbau, der zu groß für ein Paket ist ({size} Bytes, wie ihn Telefone mit vielen Codecs senden), ging {which} verloren, während kleine Nachrichten durchkamen. Anrufe mit solchen Verbindungsaufbauten scheitern unbemerkt oder klingeln nie.</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/call_findings.py" line="659"/>
        <source>Offer fewer codecs in your phone&apos;s settings so call set-ups fit in one packet, or ask your provider for SIP over TCP.</source>
        <translation>Bieten Sie in den Einstellungen Ihres Telefons weniger Codecs an, damit Verbindungsaufbauten in ein Paket passen, oder fragen Sie Ihren Anbieter nach SIP über TCP.</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/call_findings.py" line="664"/>
        <source>Check the router for a setting that drops fragmented packets, and turn off its SIP ALG.</source>
        <translation>Suchen Sie im Router nach einer Einstellung, die fragmentierte Pakete verwirft, und schalten Sie sein SIP ALG aus.</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/call_findings.py" line="678"/>
        <source>Large call set-ups get through</source>
        <translation>Große Verbindungsaufbauten kommen durch</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/call_findings.py" line="680"/>
        <source>A call set-up too big for one packet ({size} bytes) got through in both directions.</source>
        <translation>Ein Verbindungsaufbau, der zu groß für ein Paket ist ({size} Bytes), kam in beiden Richtungen durch.</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/call_findings.py" line="686"/>
        <source>A call set-up too big for one packet ({size} bytes) got through on the way out; the way back was not measured.</source>
        <translation>Ein Verbindungsaufbau, der zu groß für ein Paket ist ({size} Bytes), kam auf dem Hinweg durch. Der Rückweg wurde nicht gemessen.</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/call_findings.py" line="692"/>
        <source>A call set-up too big for one packet ({size} bytes) got through on the way in; the way out was not measured.</source>
        <translation>Ein Verbindungsaufbau, der zu groß für ein Paket ist ({size} Bytes), kam auf dem Rückweg durch. Der Hinweg wurde nicht gemessen.</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/call_findings.py" line="710"/>
        <source>The idle-connection test found that your router forgets a quiet phone connection after about {seconds} s, which stops phones from ringing.</source>
        <translation>Der Leerlauftest hat ergeben, dass Ihr Router eine ruhige Telefonverbindung nach etwa {seconds} s vergisst. Dann klingeln Telefone nicht mehr.</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/call_findings.py" line="717"/>
        <source>The idle-connection test found that your router keeps a quiet phone connection for at least {seconds} s.</source>
        <translation>Der Leerlauftest hat ergeben, dass Ihr Router eine ruhige Telefonverbindung mindestens {seconds} s lang behält.</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/call_findings.py" line="728"/>
        <source>{text} {reasons}</source>
        <translation>{text} {reasons}</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/call_findings.py" line="751"/>
        <source>{loss} % of the sound was lost.</source>
        <translation>{loss} % des Tons gingen verloren.</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/call_findings.py" line="755"/>
        <source>Packets arrived unevenly (jitter {jitter} ms).</source>
        <translation>Die Pakete kamen ungleichmäßig an (Jitter {jitter} ms).</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/call_findings.py" line="761"/>
        <source>The round trip took {rtt} ms.</source>
        <translation>Die Laufzeit hin und zurück betrug {rtt} ms.</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/call_findings.py" line="767"/>
        <source>The round trip was not measured, so delay is not counted.</source>
        <translation>Die Laufzeit hin und zurück wurde nicht gemessen, daher ist die Verzögerung nicht berücksichtigt.</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/call_findings.py" line="775"/>
        <source>The test call&apos;s sound would have been clear (estimated {mos} of 5).</source>
        <translation>Der Ton des Testanrufs wäre klar gewesen (geschätzt {mos} von 5).</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/call_findings.py" line="783"/>
        <source>{detail} {wifi}</source>
        <translation>{detail} {wifi}</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/call_findings.py" line="785"/>
        <source>You are on Wi-Fi: if calls get choppy at times, Wi-Fi that comes and goes is a common cause; try a cable.</source>
        <translation>Sie sind im WLAN: Wenn Anrufe manchmal abgehackt klingen, ist ein WLAN, das kommt und geht, eine häufige Ursache. Versuchen Sie es mit einem Kabel.</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/call_findings.py" line="795"/>
        <location filename="../../app/diagnosis/call_findings.py" line="828"/>
        <source>Call quality: {word} ({mos} of 5)</source>
        <translation>Gesprächsqualität: {word} ({mos} von 5)</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/call_findings.py" line="809"/>
        <source>You are on Wi-Fi: connect this computer and your phone by cable, or move closer to the Wi-Fi router, and test again.</source>
        <translation>Sie sind im WLAN: Verbinden Sie diesen Computer und Ihr Telefon per Kabel oder gehen Sie näher an den WLAN-Router, und testen Sie dann erneut.</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/call_findings.py" line="818"/>
        <source>Pause big downloads, uploads and video streams during calls; if that does not help, send the report to your internet provider.</source>
        <translation>Pausieren Sie große Downloads, Uploads und Videostreams während Anrufen. Wenn das nicht hilft, senden Sie den Bericht an Ihren Internetanbieter.</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/call_findings.py" line="833"/>
        <source>The test call&apos;s sound would have broken up (estimated {mos} of 5).</source>
        <translation>Der Ton des Testanrufs wäre abgehackt gewesen (geschätzt {mos} von 5).</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/call_findings.py" line="856"/>
        <source>Not measured by the test call</source>
        <translation>Vom Testanruf nicht gemessen</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/call_findings.py" line="868"/>
        <source>Whether sound reaches each side was not measured: the far end sent no figures.</source>
        <translation>Ob Ton bei beiden Seiten ankommt, wurde nicht gemessen: Die Gegenstelle hat keine Messwerte gesendet.</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/call_findings.py" line="875"/>
        <source>Whether the call&apos;s confirmation (ACK) arrived intact was not measured: the far end sent no report.</source>
        <translation>Ob die Bestätigung des Anrufs (ACK) unverändert ankam, wurde nicht gemessen: Die Gegenstelle hat keinen Bericht gesendet.</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/call_findings.py" line="883"/>
        <source>Whether an incoming call reaches this computer was not tested by this call.</source>
        <translation>Ob ein eingehender Anruf diesen Computer erreicht, hat dieser Anruf nicht getestet.</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/call_findings.py" line="890"/>
        <source>Call quality was not measured: sound did not flow both ways.</source>
        <translation>Die Gesprächsqualität wurde nicht gemessen: Der Ton floss nicht in beide Richtungen.</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/call_findings.py" line="909"/>
        <source>The test call reproduced it: {title}.</source>
        <translation>Der Testanruf hat das Problem nachgestellt: {title}.</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/call_findings.py" line="913"/>
        <source>The test call found a related problem: {title}.</source>
        <translation>Der Testanruf hat ein verwandtes Problem gefunden: {title}.</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/call_findings.py" line="917"/>
        <source>The test call did not reproduce it this time: {title}.</source>
        <translation>Der Testanruf hat das Problem diesmal nicht nachgestellt: {title}.</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/call_findings.py" line="921"/>
        <source>no figures</source>
        <translation>keine Messwerte</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/call_findings.py" line="922"/>
        <location filename="../../app/diagnosis/call_findings.py" line="949"/>
        <source>The test call could not check it: {why}</source>
        <translation>Der Testanruf konnte das nicht prüfen: {why}</translation>
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
        <translation>Auch einen Testanruf machen (etwa %d Sekunden)</translation>
    </message>
    <message>
        <location filename="../../app/ui/call_option.py" line="51"/>
        <source>Make a test call</source>
        <translation>Einen Testanruf machen</translation>
    </message>
    <message>
        <location filename="../../app/ui/call_option.py" line="74"/>
        <source>Needs a SIP ALG Doctor test server (your provider&apos;s, or one under “Advanced”): ordinary phone servers do not take test calls.</source>
        <translation>Braucht einen SIP ALG Doctor-Testserver (den Ihres Anbieters oder einen unter „Erweitert“): Gewöhnliche Telefonserver nehmen keine Testanrufe an.</translation>
    </message>
    <message>
        <location filename="../../app/ui/call_option.py" line="80"/>
        <source>Suggested for what you noticed: a short real call to the test server, with sound both ways, shows whether each side would hear the other, how good the sound is and whether calls would drop.</source>
        <translation>Empfohlen für das, was Sie bemerkt haben: Ein kurzer echter Anruf beim Testserver, mit Ton in beide Richtungen, zeigt, ob jede Seite die andere hören würde, wie gut der Ton ist und ob Anrufe abbrechen würden.</translation>
    </message>
    <message>
        <location filename="../../app/ui/call_option.py" line="87"/>
        <source>A short real call to the test server, with sound both ways: shows whether each side would hear the other, how good the sound is and whether calls would drop.</source>
        <translation>Ein kurzer echter Anruf beim Testserver, mit Ton in beide Richtungen: Er zeigt, ob jede Seite die andere hören würde, wie gut der Ton ist und ob Anrufe abbrechen würden.</translation>
    </message>
</context>
<context>
    <name>CallSection</name>
    <message>
        <location filename="../../app/ui/call_section.py" line="43"/>
        <location filename="../../app/ui/call_section.py" line="97"/>
        <source>not measured</source>
        <translation>nicht gemessen</translation>
    </message>
    <message>
        <location filename="../../app/ui/call_section.py" line="45"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../../app/ui/call_section.py" line="47"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location filename="../../app/ui/call_section.py" line="62"/>
        <source>Call quality: not measured (sound did not flow both ways)</source>
        <translation>Gesprächsqualität: nicht gemessen (der Ton floss nicht in beide Richtungen)</translation>
    </message>
    <message>
        <location filename="../../app/ui/call_section.py" line="66"/>
        <source>Call quality: %s (%.1f of 5)</source>
        <translation>Gesprächsqualität: %s (%.1f von 5)</translation>
    </message>
    <message>
        <location filename="../../app/ui/call_section.py" line="77"/>
        <source>No test call was made. %s</source>
        <translation>Es wurde kein Testanruf gemacht. %s</translation>
    </message>
    <message>
        <location filename="../../app/ui/call_section.py" line="79"/>
        <source>The test call was stopped.</source>
        <translation>Der Testanruf wurde gestoppt.</translation>
    </message>
    <message>
        <location filename="../../app/ui/call_section.py" line="81"/>
        <source>Call set-up: failed</source>
        <translation>Verbindungsaufbau: fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../../app/ui/call_section.py" line="83"/>
        <source>Their voice reached you: %s</source>
        <translation>Die Stimme der Gegenstelle kam bei Ihnen an: %s</translation>
    </message>
    <message>
        <location filename="../../app/ui/call_section.py" line="85"/>
        <source>Your voice reached them: %s</source>
        <translation>Ihre Stimme kam bei der Gegenstelle an: %s</translation>
    </message>
    <message>
        <location filename="../../app/ui/call_section.py" line="93"/>
        <source>blocked by your router</source>
        <translation>von Ihrem Router blockiert</translation>
    </message>
    <message>
        <location filename="../../app/ui/call_section.py" line="95"/>
        <source>pass through your router</source>
        <translation>kommen durch Ihren Router</translation>
    </message>
    <message>
        <location filename="../../app/ui/call_section.py" line="98"/>
        <source>Large call set-ups: %s</source>
        <translation>Große Verbindungsaufbauten: %s</translation>
    </message>
    <message>
        <location filename="../../app/ui/call_section.py" line="103"/>
        <source>Your phone rang after %s s of quiet: %s</source>
        <translation>Ihr Telefon klingelte nach %s s Ruhe: %s</translation>
    </message>
    <message>
        <location filename="../../app/ui/call_section.py" line="121"/>
        <source>Run the test again once the test server answers: a test call needs a SIP ALG Doctor test server.</source>
        <translation>Führen Sie den Test erneut aus, sobald der Testserver antwortet: Ein Testanruf braucht einen SIP ALG Doctor-Testserver.</translation>
    </message>
    <message>
        <location filename="../../app/ui/call_section.py" line="135"/>
        <source>Save a report and send it to your provider.</source>
        <translation>Speichern Sie einen Bericht und senden Sie ihn an Ihren Anbieter.</translation>
    </message>
    <message>
        <location filename="../../app/ui/call_section.py" line="139"/>
        <source>The test call found nothing to fix on your connection. If the trouble stays, it may lie with your provider or your phone: save a report and send it to them.</source>
        <translation>Der Testanruf hat an Ihrer Verbindung nichts gefunden, was zu beheben wäre. Wenn das Problem bleibt, liegt es vielleicht an Ihrem Anbieter oder Ihrem Telefon: Speichern Sie einen Bericht und senden Sie ihn an Ihren Anbieter.</translation>
    </message>
    <message>
        <location filename="../../app/ui/call_section.py" line="147"/>
        <source>The test call found nothing to fix.</source>
        <translation>Der Testanruf hat nichts gefunden, was zu beheben wäre.</translation>
    </message>
    <message>
        <location filename="../../app/ui/call_section.py" line="149"/>
        <source>Nothing to fix in what the test call could measure.</source>
        <translation>In dem, was der Testanruf messen konnte, gibt es nichts zu beheben.</translation>
    </message>
    <message>
        <location filename="../../app/ui/call_section.py" line="196"/>
        <location filename="../../app/ui/call_section.py" line="208"/>
        <source>Test call</source>
        <translation>Testanruf</translation>
    </message>
    <message>
        <location filename="../../app/ui/call_section.py" line="202"/>
        <source>What&apos;s this? The test call&apos;s words</source>
        <translation>Was ist das? Die Begriffe zum Testanruf</translation>
    </message>
    <message>
        <location filename="../../app/ui/call_section.py" line="211"/>
        <source>What the test call says about your calls</source>
        <translation>Was der Testanruf über Ihre Anrufe sagt</translation>
    </message>
    <message>
        <location filename="../../app/ui/call_section.py" line="214"/>
        <location filename="../../app/ui/call_section.py" line="218"/>
        <source>What to do about the call</source>
        <translation>Was Sie wegen des Anrufs tun können</translation>
    </message>
    <message>
        <location filename="../../app/ui/call_section.py" line="221"/>
        <source>Try the test ca&amp;ll again</source>
        <translation>Testanruf erneut &amp;versuchen</translation>
    </message>
    <message>
        <location filename="../../app/ui/call_section.py" line="224"/>
        <source>Try the test call again</source>
        <translation>Testanruf erneut versuchen</translation>
    </message>
    <message>
        <location filename="../../app/ui/call_section.py" line="231"/>
        <source>The call&apos;s figures — for your provider</source>
        <translation>Die Messwerte des Anrufs — für Ihren Anbieter</translation>
    </message>
    <message>
        <location filename="../../app/ui/call_section.py" line="235"/>
        <source>The call&apos;s figures</source>
        <translation>Die Messwerte des Anrufs</translation>
    </message>
    <message>
        <location filename="../../app/ui/call_section.py" line="239"/>
        <source>What&apos;s this? The figures&apos; words</source>
        <translation>Was ist das? Die Begriffe in den Messwerten</translation>
    </message>
</context>
<context>
    <name>CheckingPage</name>
    <message>
        <location filename="../../app/ui/pages/checking.py" line="67"/>
        <source>Checking your connection</source>
        <translation>Ihre Verbindung wird geprüft</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/checking.py" line="70"/>
        <location filename="../../app/ui/pages/checking.py" line="122"/>
        <source>Starting…</source>
        <translation>Wird gestartet…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/checking.py" line="71"/>
        <source>What is happening now</source>
        <translation>Was gerade passiert</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/checking.py" line="74"/>
        <source>What&apos;s this? The words on this page explained</source>
        <translation>Was ist das? Die Begriffe auf dieser Seite erklärt</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/checking.py" line="77"/>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/checking.py" line="79"/>
        <source>Tests finished</source>
        <translation>Tests abgeschlossen</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/checking.py" line="84"/>
        <source>Why the test could not start</source>
        <translation>Warum der Test nicht starten konnte</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/checking.py" line="86"/>
        <source>&amp;Change the server</source>
        <translation>Server &amp;wechseln</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/checking.py" line="87"/>
        <source>Go back and choose another server</source>
        <translation>Zurückgehen und einen anderen Server wählen</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/checking.py" line="90"/>
        <source>&amp;Stop</source>
        <translation>&amp;Stoppen</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/checking.py" line="91"/>
        <source>Stop the test</source>
        <translation>Test stoppen</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/checking.py" line="149"/>
        <source>This usually takes about %d seconds with the test call, at most about %d seconds.</source>
        <translation>Das dauert mit dem Testanruf meist etwa %d Sekunden, höchstens etwa %d Sekunden.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/checking.py" line="151"/>
        <source>This usually takes a few seconds, at most about %d seconds.</source>
        <translation>Das dauert meist ein paar Sekunden, höchstens etwa %d Sekunden.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/checking.py" line="158"/>
        <source>This takes a few minutes, at most about %d minutes: the idle-connection test waits to see how long your router remembers a quiet connection.</source>
        <translation>Das dauert ein paar Minuten, höchstens etwa %d Minuten: Der Leerlauftest prüft, wie lange sich Ihr Router eine ruhige Verbindung merkt.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/checking.py" line="172"/>
        <source>Stopping…</source>
        <translation>Wird gestoppt…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/checking.py" line="189"/>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/checking.py" line="190"/>
        <source>Test call %d of %d</source>
        <translation>Testanruf %d von %d</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/checking.py" line="205"/>
        <source>Test call with sound: %d of about %d seconds…</source>
        <translation>Testanruf mit Ton: %d von etwa %d Sekunden…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/checking.py" line="209"/>
        <source>Test call with sound: made</source>
        <translation>Testanruf mit Ton: durchgeführt</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/checking.py" line="211"/>
        <source>Test call with sound: could not be set up</source>
        <translation>Testanruf mit Ton: konnte nicht aufgebaut werden</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/checking.py" line="223"/>
        <source>Stopped. Here is what we found so far.</source>
        <translation>Gestoppt. Das haben wir bisher gefunden.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/checking.py" line="223"/>
        <source>Done.</source>
        <translation>Fertig.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/checking.py" line="238"/>
        <source>The test could not start.</source>
        <translation>Der Test konnte nicht starten.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/checking.py" line="241"/>
        <source>The test failed.</source>
        <translation>Der Test ist fehlgeschlagen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/checking.py" line="246"/>
        <source>The test stopped because of an unexpected problem. Please try again; if it keeps happening, copy the details into a support request.</source>
        <translation>Der Test wurde wegen eines unerwarteten Problems gestoppt. Bitte versuchen Sie es erneut. Wenn es wieder passiert, kopieren Sie die Details in eine Supportanfrage.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/checking.py" line="255"/>
        <source>We could not use that server: %s. Check the address, or choose another.</source>
        <translation>Wir konnten diesen Server nicht nutzen: %s. Prüfen Sie die Adresse oder wählen Sie einen anderen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/checking.py" line="259"/>
        <source>We could not reach the network (%s). Check that this computer is online, then try again or choose another server.</source>
        <translation>Wir konnten das Netzwerk nicht erreichen (%s). Prüfen Sie, ob dieser Computer online ist. Versuchen Sie es dann erneut oder wählen Sie einen anderen Server.</translation>
    </message>
</context>
<context>
    <name>CloseQuestion</name>
    <message>
        <location filename="../../app/ui/wizard.py" line="64"/>
        <source>Close SIP ALG Doctor?</source>
        <translation>SIP ALG Doctor schließen?</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="67"/>
        <source>Close &amp;anyway</source>
        <translation>&amp;Trotzdem schließen</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="71"/>
        <source>&amp;Keep it open</source>
        <translation>&amp;Geöffnet lassen</translation>
    </message>
</context>
<context>
    <name>CopyBlock</name>
    <message>
        <location filename="../../app/ui/widgets.py" line="131"/>
        <source>Command to type</source>
        <translation>Einzugebender Befehl</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets.py" line="132"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets.py" line="133"/>
        <source>Copy command</source>
        <translation>Befehl kopieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets.py" line="140"/>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../../app/ui/dialogs.py" line="40"/>
        <source>Something went wrong</source>
        <translation>Etwas ist schiefgelaufen</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="45"/>
        <source>Copy details</source>
        <translation>Details kopieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="91"/>
        <source>About SIP ALG Doctor</source>
        <translation>Über SIP ALG Doctor</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="96"/>
        <source>Finds out whether a SIP ALG in your router breaks your phone calls, and shows how to switch it off.</source>
        <translation>Findet heraus, ob ein SIP ALG in Ihrem Router Ihre Telefonanrufe stört, und zeigt, wie Sie es ausschalten.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="102"/>
        <source>Free software under the GNU GPL, version 3 or later.</source>
        <translation>Freie Software unter der GNU GPL, Version 3 oder neuer.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="107"/>
        <source>Log file for support: %s</source>
        <translation>Logdatei für den Support: %s</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="110"/>
        <source>No log file: its folder could not be created.</source>
        <translation>Keine Logdatei: Der Ordner dafür konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="122"/>
        <source>What&apos;s this? SIP and ALG explained</source>
        <translation>Was ist das? SIP und ALG erklärt</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="131"/>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="137"/>
        <source>The new language is used from the next start of SIP ALG Doctor.</source>
        <translation>Die neue Sprache gilt ab dem nächsten Start von SIP ALG Doctor.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="148"/>
        <source>&amp;Restart now</source>
        <translation>Jetzt &amp;neu starten</translation>
    </message>
</context>
<context>
    <name>DiffView</name>
    <message>
        <location filename="../../app/ui/widgets.py" line="187"/>
        <source>What was changed</source>
        <translation>Was geändert wurde</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets.py" line="196"/>
        <source>on the way out: we sent it</source>
        <translation>auf dem Hinweg: von uns gesendet</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets.py" line="197"/>
        <source>on the way back: the server sent it</source>
        <translation>auf dem Rückweg: vom Server gesendet</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets.py" line="198"/>
        <source>out or back: we sent it</source>
        <translation>Hin- oder Rückweg: von uns gesendet</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets.py" line="229"/>
        <source>What the server sent is on the left, what arrived here on the right.</source>
        <translation>Links steht, was der Server gesendet hat, rechts, was hier angekommen ist.</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets.py" line="231"/>
        <source>What we sent is on the left, what arrived at the server on the right.</source>
        <translation>Links steht, was wir gesendet haben, rechts, was beim Server angekommen ist.</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets.py" line="233"/>
        <source>What we sent is on the left, what came back on the right.</source>
        <translation>Links steht, was wir gesendet haben, rechts, was zurückgekommen ist.</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets.py" line="235"/>
        <source>On each row, what was sent is on the left and what arrived on the right; the row says who sent it.</source>
        <translation>In jeder Zeile steht links, was gesendet wurde, und rechts, was angekommen ist. Die Zeile sagt, wer es gesendet hat.</translation>
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
        <translation>Ü&amp;ber</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="143"/>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="287"/>
        <source>SIP ALG Doctor could not start again. Close it and start it yourself.</source>
        <translation>SIP ALG Doctor konnte nicht neu starten. Schließen Sie das Programm und starten Sie es selbst wieder.</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="300"/>
        <source>A test is still running. Closing now stops it and loses its result.</source>
        <translation>Ein Test läuft noch. Wenn Sie jetzt schließen, wird er gestoppt und sein Ergebnis geht verloren.</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="307"/>
        <source>Your results are not saved yet. Closing now loses them; the last page saves a report for your provider.</source>
        <translation>Ihre Ergebnisse sind noch nicht gespeichert. Wenn Sie jetzt schließen, gehen sie verloren. Auf der letzten Seite können Sie einen Bericht für Ihren Anbieter speichern.</translation>
    </message>
</context>
<context>
    <name>Findings</name>
    <message>
        <location filename="../../app/diagnosis/context.py" line="94"/>
        <source>Your provider shares one public address among many customers (carrier-grade NAT)</source>
        <translation>Ihr Anbieter teilt eine öffentliche Adresse mit vielen Kunden (Carrier-Grade-NAT)</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/context.py" line="99"/>
        <source>Your router sits behind another router (double NAT)</source>
        <translation>Ihr Router hängt hinter einem weiteren Router (doppeltes NAT)</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/context.py" line="108"/>
        <source>There is a second address translation beyond your router. Switching off your router&apos;s SIP ALG may not be enough: the other device can have one too, and incoming calls rely on keep-alives.</source>
        <translation>Hinter Ihrem Router gibt es eine zweite Adressumsetzung. Das SIP ALG in Ihrem Router auszuschalten, reicht vielleicht nicht: Das andere Gerät kann auch eines haben, und eingehende Anrufe sind auf Keep-Alives angewiesen.</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/context.py" line="118"/>
        <source>Put the provider&apos;s modem in bridge (modem-only) mode, or ask your provider whether a public IPv4 address is available.</source>
        <translation>Schalten Sie das Modem Ihres Anbieters in den Bridge-Modus (reiner Modem-Betrieb) oder fragen Sie Ihren Anbieter, ob eine öffentliche IPv4-Adresse verfügbar ist.</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/context.py" line="133"/>
        <source>Your router uses a new port for every destination (symmetric NAT)</source>
        <translation>Ihr Router nutzt für jedes Ziel einen neuen Port (symmetrisches NAT)</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/context.py" line="136"/>
        <source>That is not an ALG, but it defeats STUN: phones must rely on the provider&apos;s NAT handling (most hosted VoIP services do this). If you hear one-way audio, ask the provider about it.</source>
        <translation>Das ist kein ALG, aber es verhindert STUN: Telefone sind auf die NAT-Behandlung des Anbieters angewiesen (die meisten gehosteten VoIP-Dienste bieten das). Wenn Sie einseitigen Ton haben, fragen Sie Ihren Anbieter danach.</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/context.py" line="156"/>
        <source>Your router keeps idle phone connections open long enough ({where})</source>
        <translation>Ihr Router hält ruhende Telefonverbindungen lange genug offen ({where})</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/context.py" line="160"/>
        <source>Connections stayed open for every delay we tried (up to {seconds} s).</source>
        <translation>Die Verbindungen blieben bei jeder getesteten Wartezeit offen (bis zu {seconds} s).</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/context.py" line="173"/>
        <source>Your router forgets an idle phone after about {seconds} s ({where})</source>
        <translation>Ihr Router vergisst ein ruhendes Telefon nach etwa {seconds} s ({where})</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/context.py" line="177"/>
        <source>If your phone re-registers less often than every {seconds} s (many phones default to 3600 s), the provider cannot reach it in between and incoming calls fail or go to voicemail.</source>
        <translation>Wenn sich Ihr Telefon seltener als alle {seconds} s neu registriert (viele Telefone nutzen standardmäßig 3600 s), kann der Anbieter es dazwischen nicht erreichen. Eingehende Anrufe schlagen dann fehl oder landen auf der Mailbox.</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/context.py" line="186"/>
        <source>Raise the router&apos;s UDP time-out to at least 300 s, or set the phone&apos;s registration interval (or NAT keep-alive) below {seconds} s.</source>
        <translation>Erhöhen Sie das UDP-Timeout des Routers auf mindestens 300 s oder stellen Sie das Registrierungsintervall (oder NAT-Keep-Alive) des Telefons auf weniger als {seconds} s.</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/findings.py" line="105"/>
        <source>It changed the audio address in the call set-up, which is the classic cause of one-way audio.</source>
        <translation>Es hat die Audioadresse im Verbindungsaufbau geändert. Das ist die klassische Ursache für einseitigen Ton.</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/findings.py" line="119"/>
        <source>It changed the addresses your phone uses to say where it can be reached, which makes calls drop after about 30 seconds and incoming calls fail.</source>
        <translation>Es hat die Adressen geändert, unter denen Ihr Telefon erreichbar ist. Dadurch brechen Anrufe nach etwa 30 Sekunden ab und eingehende Anrufe schlagen fehl.</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/findings.py" line="127"/>
        <source>It also rewrote the server&apos;s answers on the way back.</source>
        <translation>Es hat auch die Antworten des Servers auf dem Rückweg umgeschrieben.</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/findings.py" line="129"/>
        <source>A SIP ALG (a &apos;helper&apos; in your router) rewrote the test calls on {transports}. {parts}</source>
        <translation>Ein SIP ALG (ein „Helfer“ in Ihrem Router) hat die Testanrufe über {transports} umgeschrieben. {parts}</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/findings.py" line="137"/>
        <source>Turn off the SIP ALG in your router. It may be called SIP ALG, SIP passthrough, SIP helper, SIP transformations or SIP inspection.</source>
        <translation>Schalten Sie das SIP ALG in Ihrem Router aus. Es heißt vielleicht SIP ALG, SIP Passthrough, SIP Helper, SIP Transformations oder SIP Inspection.</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/findings.py" line="142"/>
        <source>Restart the router and your phones, then run this test again to confirm the fix.</source>
        <translation>Starten Sie den Router und Ihre Telefone neu und führen Sie diesen Test dann erneut aus, um die Lösung zu bestätigen.</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/findings.py" line="149"/>
        <source>If it cannot be turned off: the same test on port {port} went through untouched, so ask your VoIP provider for a SIP port other than {sip_port} (or SIP over TLS on 5061).</source>
        <translation>Wenn es sich nicht ausschalten lässt: Derselbe Test über Port {port} kam unverändert durch. Fragen Sie Ihren VoIP-Anbieter also nach einem anderen SIP-Port als {sip_port} (oder SIP über TLS auf 5061).</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/findings.py" line="161"/>
        <source>Something on your connection rewrites your calls</source>
        <translation>Etwas in Ihrer Verbindung schreibt Ihre Anrufe um</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/findings.py" line="192"/>
        <source>Phone traffic on the standard SIP port disappears</source>
        <translation>Telefondaten auf dem Standard-SIP-Port verschwinden</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/findings.py" line="193"/>
        <source>Test calls sent over {transports} to port {port} vanished, while the same test to another port got through. A SIP ALG that drops what it cannot handle, or a firewall rule, is swallowing them.</source>
        <translation>Testanrufe über {transports} an Port {port} sind verschwunden, während derselbe Test an einen anderen Port durchkam. Ein SIP ALG, das verwirft, was es nicht verarbeiten kann, oder eine Firewall-Regel schluckt sie.</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/findings.py" line="207"/>
        <source>Turn off the SIP ALG in your router, and check its firewall for rules about port {port}.</source>
        <translation>Schalten Sie das SIP ALG in Ihrem Router aus und prüfen Sie seine Firewall auf Regeln für Port {port}.</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/findings.py" line="212"/>
        <source>Ask your VoIP provider whether your phones can use another port (such as 5080) or SIP over TLS (port 5061).</source>
        <translation>Fragen Sie Ihren VoIP-Anbieter, ob Ihre Telefone einen anderen Port (etwa 5080) oder SIP über TLS (Port 5061) nutzen können.</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/findings.py" line="229"/>
        <source>The test was stopped before it finished</source>
        <translation>Der Test wurde vor dem Ende gestoppt</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/findings.py" line="230"/>
        <source>Without the full set of answers we cannot say whether there is an ALG.</source>
        <translation>Ohne alle Antworten können wir nicht sagen, ob es ein ALG gibt.</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/findings.py" line="236"/>
        <source>Run the test again and let it finish.</source>
        <translation>Führen Sie den Test erneut aus und lassen Sie ihn zu Ende laufen.</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/findings.py" line="243"/>
        <source>The test server did not answer</source>
        <translation>Der Testserver hat nicht geantwortet</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/findings.py" line="244"/>
        <source>Without answers we cannot tell whether there is an ALG. This says nothing about your router yet.</source>
        <translation>Ohne Antworten können wir nicht erkennen, ob es ein ALG gibt. Über Ihren Router sagt das noch nichts aus.</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/findings.py" line="252"/>
        <source>Check that this computer is online and that the server address is typed correctly.</source>
        <translation>Prüfen Sie, ob dieser Computer online ist und die Serveradresse richtig eingegeben ist.</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/findings.py" line="257"/>
        <source>Try again in a minute; if it keeps failing, try your VoIP provider&apos;s SIP server instead (provider mode).</source>
        <translation>Versuchen Sie es in einer Minute erneut. Wenn es weiter fehlschlägt, nutzen Sie stattdessen den SIP-Server Ihres VoIP-Anbieters (Anbietermodus).</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/findings.py" line="268"/>
        <source>Test calls went out and came back exactly as sent, over {transports}.</source>
        <translation>Die Testanrufe gingen über {transports} hinaus und kamen genau so zurück, wie sie gesendet wurden.</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/findings.py" line="272"/>
        <source>Your provider&apos;s server copied our test message back unchanged over {transports}. This check cannot see an ALG that perfectly undoes its own changes; a test against a reflector gives certainty.</source>
        <translation>Der Server Ihres Anbieters hat unsere Testnachricht über {transports} unverändert zurückgeschickt. Diese Prüfung erkennt kein ALG, das seine eigenen Änderungen perfekt rückgängig macht. Ein Test mit einem Reflektor gibt Gewissheit.</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/findings.py" line="282"/>
        <source>No SIP ALG interferes on this connection</source>
        <translation>Kein SIP ALG stört diese Verbindung</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/findings.py" line="296"/>
        <source>No address translation (NAT)</source>
        <translation>Keine Adressumsetzung (NAT)</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/findings.py" line="297"/>
        <source>The server sees this computer at its own address {address}.</source>
        <translation>Der Server sieht diesen Computer unter seiner eigenen Adresse {address}.</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/findings.py" line="306"/>
        <source>Your router translates addresses (NAT)</source>
        <translation>Ihr Router setzt Adressen um (NAT)</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/findings.py" line="307"/>
        <source>This computer is {local} at home and appears on the internet as {public}. That is normal and not an ALG.</source>
        <translation>Dieser Computer hat zu Hause die Adresse {local} und erscheint im Internet als {public}. Das ist normal und kein ALG.</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/findings.py" line="318"/>
        <source>One-way audio without an ALG usually means a firewall blocks the audio (RTP) ports, or the provider does not handle NAT for media; ask your provider.</source>
        <translation>Einseitiger Ton ohne ALG bedeutet meist, dass eine Firewall die Audio-Ports (RTP) blockiert oder der Anbieter NAT für Medien nicht behandelt. Fragen Sie Ihren Anbieter.</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/findings.py" line="323"/>
        <source>Drops after 30 seconds without an ALG usually mean an answer (the ACK) is lost; check the router&apos;s firewall and ask your provider to look at a call trace.</source>
        <translation>Abbrüche nach 30 Sekunden ohne ALG bedeuten meist, dass eine Antwort (das ACK) verloren geht. Prüfen Sie die Firewall des Routers und bitten Sie Ihren Anbieter, einen Anruf-Trace anzusehen.</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/findings.py" line="328"/>
        <source>Phones that stop ringing are often forgotten by the router between registrations (a short UDP time-out); the binding-lifetime test measures this.</source>
        <translation>Telefone, die nicht mehr klingeln, werden vom Router zwischen den Registrierungen oft vergessen (kurzes UDP-Timeout). Der Leerlauftest misst das.</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/findings.py" line="333"/>
        <source>Calls that go to voicemail usually mean the provider could not reach the phone: a short UDP time-out in the router is the usual cause without an ALG.</source>
        <translation>Anrufe, die auf der Mailbox landen, bedeuten meist, dass der Anbieter das Telefon nicht erreichen konnte. Ohne ALG ist ein kurzes UDP-Timeout im Router die übliche Ursache.</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/findings.py" line="338"/>
        <source>Registration that keeps dropping points at a short UDP time-out or an unstable connection; shorter re-registration intervals on the phone can help.</source>
        <translation>Eine Registrierung, die immer wieder abbricht, deutet auf ein kurzes UDP-Timeout oder eine instabile Verbindung hin. Kürzere Registrierungsintervalle am Telefon können helfen.</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/findings.py" line="343"/>
        <source>Choppy audio is a bandwidth, Wi-Fi or jitter problem, not an ALG one: try a cable instead of Wi-Fi and pause big downloads during calls.</source>
        <translation>Abgehackter Ton ist ein Problem von Bandbreite, WLAN oder Jitter, nicht von einem ALG: Nutzen Sie ein Kabel statt WLAN und pausieren Sie große Downloads während Anrufen.</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/findings.py" line="355"/>
        <source>One-way audio can also come from a firewall that blocks the audio (RTP) ports, or from a provider that does not handle NAT for media; ask your provider.</source>
        <translation>Einseitiger Ton kann auch von einer Firewall kommen, die die Audio-Ports (RTP) blockiert, oder von einem Anbieter, der NAT für Medien nicht behandelt. Fragen Sie Ihren Anbieter.</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/findings.py" line="360"/>
        <source>Drops after 30 seconds mean an answer (the ACK) is lost on the way; check the router&apos;s firewall and ask your provider to look at a call trace.</source>
        <translation>Abbrüche nach 30 Sekunden bedeuten, dass eine Antwort (das ACK) unterwegs verloren geht. Prüfen Sie die Firewall des Routers und bitten Sie Ihren Anbieter, einen Anruf-Trace anzusehen.</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/findings.py" line="365"/>
        <source>Calls that go to voicemail usually mean the provider could not reach the phone; a short UDP time-out in the router is another common cause.</source>
        <translation>Anrufe, die auf der Mailbox landen, bedeuten meist, dass der Anbieter das Telefon nicht erreichen konnte. Ein kurzes UDP-Timeout im Router ist eine weitere häufige Ursache.</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/findings.py" line="386"/>
        <source>Explained by what we found: {title}.</source>
        <translation>Erklärt durch unseren Befund: {title}.</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/findings.py" line="403"/>
        <source>Your router&apos;s SIP ALG is changing your calls. Turning it off should fix this.</source>
        <translation>Das SIP ALG Ihres Routers verändert Ihre Anrufe. Wenn Sie es ausschalten, sollte das Problem behoben sein.</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/findings.py" line="410"/>
        <source>Calls on the standard SIP port are being swallowed on the way. A SIP ALG or a firewall rule is the likely cause.</source>
        <translation>Anrufe auf dem Standard-SIP-Port werden unterwegs geschluckt. Wahrscheinliche Ursache ist ein SIP ALG oder eine Firewall-Regel.</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/findings.py" line="427"/>
        <source>No SIP ALG found: your calls pass through unchanged.</source>
        <translation>Kein SIP ALG gefunden: Ihre Anrufe kommen unverändert durch.</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/findings.py" line="433"/>
        <source>Inconclusive: the test could not get the answers it needs, so we cannot say yet.</source>
        <translation>Kein klares Ergebnis: Der Test hat nicht die nötigen Antworten bekommen, daher können wir es noch nicht sagen.</translation>
    </message>
</context>
<context>
    <name>FixItPage</name>
    <message>
        <location filename="../../app/ui/pages/fixit.py" line="81"/>
        <source>Switch the SIP ALG off</source>
        <translation>Das SIP ALG ausschalten</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/fixit.py" line="83"/>
        <source>I&apos;ve &amp;switched it off — test again</source>
        <translation>Ich habe es &amp;ausgeschaltet — erneut testen</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/fixit.py" line="123"/>
        <source>Check that it is off</source>
        <translation>Prüfen Sie, ob es aus ist</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/fixit.py" line="127"/>
        <source>Also worth changing</source>
        <translation>Auch sinnvoll zu ändern</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/fixit.py" line="150"/>
        <source>When you have changed the setting and restarted the router, press “I&apos;ve switched it off — test again”.</source>
        <translation>Wenn Sie die Einstellung geändert und den Router neu gestartet haben, klicken Sie auf „Ich habe es ausgeschaltet — erneut testen“.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/fixit.py" line="157"/>
        <source>What&apos;s this? The words on this page explained</source>
        <translation>Was ist das? Die Begriffe auf dieser Seite erklärt</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/fixit.py" line="174"/>
        <source>We could not find your router&apos;s address. It is usually printed on a label on the router, next to its password.</source>
        <translation>Wir konnten die Adresse Ihres Routers nicht finden. Sie steht meist auf einem Aufkleber am Router, neben seinem Passwort.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/fixit.py" line="181"/>
        <source>&amp;Open my router&apos;s settings</source>
        <translation>Router-Einstellungen &amp;öffnen</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/fixit.py" line="182"/>
        <source>Open my router&apos;s settings</source>
        <translation>Router-Einstellungen öffnen</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/fixit.py" line="188"/>
        <source>Opens %s in your browser, the address of your router&apos;s own settings pages.</source>
        <translation>Öffnet %s in Ihrem Browser, die Adresse der Einstellungsseiten Ihres Routers.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/fixit.py" line="214"/>
        <source>Steps for your %s</source>
        <translation>Schritte für %s</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/fixit.py" line="231"/>
        <source>If your router&apos;s pages look different, try these:</source>
        <translation>Wenn die Seiten Ihres Routers anders aussehen, versuchen Sie Folgendes:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/pages/fixit.py" line="238"/>
        <source>These steps come in %n versions, for different looks of the settings pages. Open the one that matches what you see.</source>
        <translation>
            <numerusform>Diese Schritte gibt es in %n Version, für verschiedene Ansichten der Einstellungsseiten. Öffnen Sie die, die zu Ihrer Ansicht passt.</numerusform>
            <numerusform>Diese Schritte gibt es in %n Versionen, für verschiedene Ansichten der Einstellungsseiten. Öffnen Sie die, die zu Ihrer Ansicht passt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Guide</name>
    <message>
        <location filename="../../app/guides/render.py" line="67"/>
        <source>from the maker&apos;s own documentation</source>
        <translation>aus der eigenen Dokumentation des Herstellers</translation>
    </message>
    <message>
        <location filename="../../app/guides/render.py" line="68"/>
        <source>from VoIP providers&apos; help pages</source>
        <translation>aus Hilfeseiten von VoIP-Anbietern</translation>
    </message>
    <message>
        <location filename="../../app/guides/render.py" line="69"/>
        <source>from user reports; check the menu names on your device</source>
        <translation>aus Nutzerberichten; prüfen Sie die Menünamen auf Ihrem Gerät</translation>
    </message>
    <message>
        <location filename="../../app/guides/render.py" line="74"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../../app/guides/render.py" line="75"/>
        <source>only partly, or not on every firmware</source>
        <translation>nur teilweise oder nicht mit jeder Firmware</translation>
    </message>
    <message>
        <location filename="../../app/guides/render.py" line="76"/>
        <source>no: use a workaround</source>
        <translation>nein: Nutzen Sie eine Ausweichlösung</translation>
    </message>
    <message>
        <location filename="../../app/guides/render.py" line="77"/>
        <source>there is none: this product has no SIP ALG</source>
        <translation>gibt es nicht: Dieses Produkt hat kein SIP ALG</translation>
    </message>
    <message>
        <location filename="../../app/guides/render.py" line="82"/>
        <source>What helps instead</source>
        <translation>Was stattdessen hilft</translation>
    </message>
    <message>
        <location filename="../../app/guides/render.py" line="84"/>
        <source>If it cannot be switched off</source>
        <translation>Wenn es sich nicht ausschalten lässt</translation>
    </message>
    <message>
        <location filename="../../app/guides/render.py" line="86"/>
        <source>Restart the router afterwards (required).</source>
        <translation>Starten Sie den Router danach neu (erforderlich).</translation>
    </message>
    <message>
        <location filename="../../app/guides/render.py" line="87"/>
        <source>Restart the router afterwards, so calls set up before the change are forgotten.</source>
        <translation>Starten Sie den Router danach neu, damit er Anrufe vergisst, die vor der Änderung aufgebaut wurden.</translation>
    </message>
    <message>
        <location filename="../../app/guides/render.py" line="90"/>
        <source>No restart is needed.</source>
        <translation>Kein Neustart nötig.</translation>
    </message>
    <message>
        <location filename="../../app/guides/render.py" line="98"/>
        <source>This device cannot switch its SIP ALG off. Use one of the workarounds below instead.</source>
        <translation>Dieses Gerät kann sein SIP ALG nicht ausschalten. Nutzen Sie stattdessen eine der Ausweichlösungen unten.</translation>
    </message>
    <message>
        <location filename="../../app/guides/render.py" line="106"/>
        <source>This device can only partly switch its SIP ALG off (or not on every firmware). If the test still finds rewriting afterwards, use a workaround below.</source>
        <translation>Dieses Gerät kann sein SIP ALG nur teilweise ausschalten (oder nicht mit jeder Firmware). Wenn der Test danach noch Umschreibungen findet, nutzen Sie eine Ausweichlösung unten.</translation>
    </message>
    <message>
        <location filename="../../app/guides/render.py" line="114"/>
        <source>This product has no SIP ALG of its own, so there is nothing to switch off. If the test found one, it is in another device on the path (for example your internet provider&apos;s modem).</source>
        <translation>Dieses Produkt hat kein eigenes SIP ALG, es gibt also nichts auszuschalten. Wenn der Test eines gefunden hat, steckt es in einem anderen Gerät auf dem Weg (zum Beispiel im Modem Ihres Internetanbieters).</translation>
    </message>
    <message>
        <location filename="../../app/guides/render.py" line="124"/>
        <source>Can it be switched off</source>
        <translation>Lässt es sich ausschalten</translation>
    </message>
    <message>
        <location filename="../../app/guides/render.py" line="127"/>
        <source>The setting is called</source>
        <translation>Die Einstellung heißt</translation>
    </message>
    <message>
        <location filename="../../app/guides/render.py" line="129"/>
        <source>Source of these steps</source>
        <translation>Quelle dieser Schritte</translation>
    </message>
    <message>
        <location filename="../../app/guides/render.py" line="132"/>
        <source>Last checked</source>
        <translation>Zuletzt geprüft</translation>
    </message>
    <message>
        <location filename="../../app/guides/render.py" line="133"/>
        <source>Restart</source>
        <translation>Neustart</translation>
    </message>
</context>
<context>
    <name>Jargon</name>
    <message>
        <location filename="../../app/ui/jargon.py" line="32"/>
        <source>SIP: the language internet phones use to set up calls.</source>
        <translation>SIP: die Sprache, mit der Internettelefone Anrufe aufbauen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/jargon.py" line="33"/>
        <source>SIP ALG: a &apos;helper&apos; built into many routers that rewrites phone messages on the way through. It often breaks calls instead of helping.</source>
        <translation>SIP ALG: ein „Helfer“ in vielen Routern, der Telefonnachrichten unterwegs umschreibt. Oft stört er Anrufe, statt zu helfen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/jargon.py" line="38"/>
        <source>UDP and TCP: two ways of sending data over the internet. Most phones use UDP; some use TCP.</source>
        <translation>UDP und TCP: zwei Arten, Daten über das Internet zu senden. Die meisten Telefone nutzen UDP, manche TCP.</translation>
    </message>
    <message>
        <location filename="../../app/ui/jargon.py" line="43"/>
        <source>NAT: your router shares one internet address between all your devices. That is normal and not a problem by itself.</source>
        <translation>NAT: Ihr Router teilt eine Internetadresse auf alle Ihre Geräte auf. Das ist normal und für sich allein kein Problem.</translation>
    </message>
    <message>
        <location filename="../../app/ui/jargon.py" line="48"/>
        <source>RTP: how the sound of a call travels, separately from the call set-up.</source>
        <translation>RTP: So wird der Ton eines Anrufs übertragen, getrennt vom Verbindungsaufbau.</translation>
    </message>
    <message>
        <location filename="../../app/ui/jargon.py" line="51"/>
        <source>Binding lifetime (idle-connection test): how long your router remembers a quiet phone connection. If it forgets too soon, incoming calls cannot reach the phone.</source>
        <translation>Verbindungsdauer (Leerlauftest): wie lange sich Ihr Router eine ruhige Telefonverbindung merkt. Vergisst er sie zu früh, erreichen eingehende Anrufe das Telefon nicht.</translation>
    </message>
    <message>
        <location filename="../../app/ui/jargon.py" line="56"/>
        <source>Test server (reflector): a server that sends back exactly what reached it, so the tool can compare it with what was sent and see what your router changed.</source>
        <translation>Testserver (Reflektor): ein Server, der genau das zurückschickt, was bei ihm angekommen ist. So kann das Tool es mit dem Gesendeten vergleichen und sehen, was Ihr Router geändert hat.</translation>
    </message>
    <message>
        <location filename="../../app/ui/jargon.py" line="61"/>
        <source>Provider mode: the test talks to your phone provider&apos;s own server instead of a SIP ALG Doctor test server. It shows less detail, but needs no test server.</source>
        <translation>Anbietermodus: Der Test spricht mit dem eigenen Server Ihres Telefonanbieters statt mit einem SIP ALG Doctor-Testserver. Er zeigt weniger Details, braucht aber keinen Testserver.</translation>
    </message>
    <message>
        <location filename="../../app/ui/jargon.py" line="67"/>
        <source>MOS: a call-quality score from 1 (unusable) to 5 (perfect), estimated from the measured loss, delay and jitter. Above 4 sounds clear.</source>
        <translation>MOS: eine Note für die Gesprächsqualität von 1 (unbrauchbar) bis 5 (perfekt), geschätzt aus dem gemessenen Verlust, der Verzögerung und dem Jitter. Über 4 klingt es klar.</translation>
    </message>
    <message>
        <location filename="../../app/ui/jargon.py" line="72"/>
        <source>Jitter: how unevenly the pieces of sound arrive. A lot of it makes voices stutter or sound robotic.</source>
        <translation>Jitter: wie ungleichmäßig die einzelnen Tonstücke ankommen. Viel Jitter lässt Stimmen stocken oder blechern klingen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/jargon.py" line="77"/>
        <source>SDP: the part of a call set-up that says where the sound should be sent.</source>
        <translation>SDP: der Teil eines Verbindungsaufbaus, der angibt, wohin der Ton gesendet werden soll.</translation>
    </message>
    <message>
        <location filename="../../app/ui/jargon.py" line="81"/>
        <source>INVITE, ACK, BYE: the call set-up, the confirmation that the call was answered, and the hang-up.</source>
        <translation>INVITE, ACK, BYE: der Verbindungsaufbau, die Bestätigung, dass der Anruf angenommen wurde, und das Auflegen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/jargon.py" line="137"/>
        <source>What&apos;s this?</source>
        <translation>Was ist das?</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <location filename="../../app/ui/language.py" line="30"/>
        <source>System default</source>
        <translation>Systemsprache</translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <location filename="../../app/ui/pages/base.py" line="89"/>
        <source>Checking your router and connection…</source>
        <translation>Router und Verbindung werden geprüft…</translation>
    </message>
</context>
<context>
    <name>ProviderPicker</name>
    <message>
        <location filename="../../app/ui/provider_picker.py" line="68"/>
        <source>Type your provider&apos;s name</source>
        <translation>Namen Ihres Anbieters eingeben</translation>
    </message>
    <message>
        <location filename="../../app/ui/provider_picker.py" line="69"/>
        <source>Search for your phone service provider</source>
        <translation>Nach Ihrem Telefonanbieter suchen</translation>
    </message>
    <message>
        <location filename="../../app/ui/provider_picker.py" line="73"/>
        <source>Phone service providers</source>
        <translation>Telefonanbieter</translation>
    </message>
    <message>
        <location filename="../../app/ui/provider_picker.py" line="75"/>
        <source>About the search</source>
        <translation>Über die Suche</translation>
    </message>
    <message>
        <location filename="../../app/ui/provider_picker.py" line="76"/>
        <source>Enter the server from my phone&apos;s settings</source>
        <translation>Server aus den Einstellungen meines Telefons eingeben</translation>
    </message>
    <message>
        <location filename="../../app/ui/provider_picker.py" line="77"/>
        <source>I don&apos;t know</source>
        <translation>Weiß ich nicht</translation>
    </message>
    <message>
        <location filename="../../app/ui/provider_picker.py" line="78"/>
        <source>I don&apos;t know my provider&apos;s server</source>
        <translation>Ich kenne den Server meines Anbieters nicht</translation>
    </message>
    <message>
        <location filename="../../app/ui/provider_picker.py" line="133"/>
        <source>The list of providers could not be read.</source>
        <translation>Die Anbieterliste konnte nicht gelesen werden.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/provider_picker.py" line="146"/>
        <source>Type your provider&apos;s name to search all %n providers we know.</source>
        <translation>
            <numerusform>Geben Sie den Namen Ihres Anbieters ein, um unseren %n bekannten Anbieter zu durchsuchen.</numerusform>
            <numerusform>Geben Sie den Namen Ihres Anbieters ein, um alle %n uns bekannten Anbieter zu durchsuchen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/provider_picker.py" line="158"/>
        <source>We don&apos;t know a provider called “%s”.</source>
        <translation>Wir kennen keinen Anbieter namens „%s“.</translation>
    </message>
    <message>
        <location filename="../../app/ui/provider_picker.py" line="160"/>
        <source>Is it one of these?</source>
        <translation>Ist es einer von diesen?</translation>
    </message>
    <message>
        <location filename="../../app/ui/provider_picker.py" line="162"/>
        <source>Otherwise enter the server from your phone&apos;s settings, or choose “I don&apos;t know”.</source>
        <translation>Geben Sie sonst den Server aus den Einstellungen Ihres Telefons ein oder wählen Sie „Weiß ich nicht“.</translation>
    </message>
    <message>
        <location filename="../../app/ui/provider_picker.py" line="197"/>
        <source>It publishes no server name.</source>
        <translation>Er veröffentlicht keinen Servernamen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/provider_picker.py" line="199"/>
        <source>%s: %s Enter the server from your phone&apos;s settings instead.</source>
        <translation>%s: %s Geben Sie stattdessen den Server aus den Einstellungen Ihres Telefons ein.</translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <location filename="../../app/ui/pages/report.py" line="59"/>
        <source>Your report</source>
        <translation>Ihr Bericht</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/report.py" line="60"/>
        <source>Keep it, or send it to your VoIP provider&apos;s support.</source>
        <translation>Bewahren Sie ihn auf oder senden Sie ihn an den Support Ihres VoIP-Anbieters.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/report.py" line="69"/>
        <source>The server tested</source>
        <translation>Der getestete Server</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/report.py" line="71"/>
        <source>Summary for a support request:</source>
        <translation>Zusammenfassung für eine Supportanfrage:</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/report.py" line="75"/>
        <source>Report summary</source>
        <translation>Zusammenfassung des Berichts</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/report.py" line="76"/>
        <source>&amp;Hide my public IP address in the report</source>
        <translation>Meine öffentliche IP-Adresse im Bericht &amp;verbergen</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/report.py" line="77"/>
        <source>Hide my public IP address</source>
        <translation>Meine öffentliche IP-Adresse verbergen</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/report.py" line="80"/>
        <source>Copy for my &amp;provider</source>
        <translation>Für meinen &amp;Anbieter kopieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/report.py" line="81"/>
        <source>Copy the summary for my provider</source>
        <translation>Zusammenfassung für meinen Anbieter kopieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/report.py" line="82"/>
        <source>Save as &amp;web page…</source>
        <translation>Als Web&amp;seite speichern…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/report.py" line="83"/>
        <source>Save as &amp;JSON…</source>
        <translation>Als &amp;JSON speichern…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/report.py" line="84"/>
        <source>Open the &amp;folder</source>
        <translation>&amp;Ordner öffnen</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/report.py" line="89"/>
        <source>Where the report was saved</source>
        <translation>Wo der Bericht gespeichert wurde</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/report.py" line="178"/>
        <source>there is no folder to save it in</source>
        <translation>es gibt keinen Ordner zum Speichern</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/report.py" line="196"/>
        <source>A copy of this report was saved to: %s</source>
        <translation>Eine Kopie dieses Berichts wurde gespeichert unter: %s</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/report.py" line="203"/>
        <source>A copy could not be saved automatically (%s). Use “Save as web page…”.</source>
        <translation>Eine Kopie konnte nicht automatisch gespeichert werden (%s). Nutzen Sie „Als Webseite speichern…“.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/report.py" line="213"/>
        <source>Copied. Paste it into your message to your provider.</source>
        <translation>Kopiert. Fügen Sie es in Ihre Nachricht an Ihren Anbieter ein.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/report.py" line="219"/>
        <source>Web page (*.html)</source>
        <translation>Webseite (*.html)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/report.py" line="219"/>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/report.py" line="220"/>
        <source>Save report</source>
        <translation>Bericht speichern</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/report.py" line="235"/>
        <source>The report could not be saved to %s: %s</source>
        <translation>Der Bericht konnte nicht unter %s gespeichert werden: %s</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/report.py" line="238"/>
        <source>Saved to %s</source>
        <translation>Gespeichert unter %s</translation>
    </message>
</context>
<context>
    <name>ResultWords</name>
    <message>
        <location filename="../../app/ui/result_words.py" line="54"/>
        <source>This is the likely cause of what you noticed (%s): switching it off should fix it.</source>
        <translation>Das ist die wahrscheinliche Ursache dessen, was Sie bemerkt haben (%s). Wenn Sie es ausschalten, sollte das Problem behoben sein.</translation>
    </message>
    <message>
        <location filename="../../app/ui/result_words.py" line="59"/>
        <source>It rewrites the addresses your phones send, which breaks calls (one-way audio, calls that drop or never ring); switching it off should fix it.</source>
        <translation>Es schreibt die Adressen um, die Ihre Telefone senden, und stört so Anrufe (einseitiger Ton, Anrufe, die abbrechen oder nie klingeln). Wenn Sie es ausschalten, sollte das Problem behoben sein.</translation>
    </message>
    <message>
        <location filename="../../app/ui/result_words.py" line="66"/>
        <source>This is the likely cause of what you noticed (%s): your router&apos;s SIP ALG or a firewall rule swallows phone traffic on its usual port.</source>
        <translation>Das ist die wahrscheinliche Ursache dessen, was Sie bemerkt haben (%s): Das SIP ALG Ihres Routers oder eine Firewall-Regel schluckt Telefondaten auf ihrem üblichen Port.</translation>
    </message>
    <message>
        <location filename="../../app/ui/result_words.py" line="71"/>
        <source>Your router&apos;s SIP ALG or a firewall rule swallows phone traffic on its usual port, so phones may fail to register or to ring.</source>
        <translation>Das SIP ALG Ihres Routers oder eine Firewall-Regel schluckt Telefondaten auf ihrem üblichen Port. Deshalb können sich Telefone möglicherweise nicht anmelden oder klingeln nicht.</translation>
    </message>
    <message>
        <location filename="../../app/ui/result_words.py" line="78"/>
        <source>Your router passes calls through unchanged, so something else causes what you noticed (%s); the steps below list the usual causes.</source>
        <translation>Ihr Router lässt Anrufe unverändert durch, also hat das, was Sie bemerkt haben (%s), eine andere Ursache. Die Schritte unten nennen die üblichen Ursachen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/result_words.py" line="83"/>
        <source>Your router passes calls through unchanged: there is nothing to switch off.</source>
        <translation>Ihr Router lässt Anrufe unverändert durch: Es gibt nichts auszuschalten.</translation>
    </message>
    <message>
        <location filename="../../app/ui/result_words.py" line="88"/>
        <source>The test was stopped before it finished, so it says nothing about your router yet.</source>
        <translation>Der Test wurde gestoppt, bevor er fertig war. Er sagt daher noch nichts über Ihren Router aus.</translation>
    </message>
    <message>
        <location filename="../../app/ui/result_words.py" line="92"/>
        <source>The test got no usable answers, so it says nothing about your router yet; this is usually the connection or the server, not your router.</source>
        <translation>Der Test hat keine brauchbaren Antworten erhalten und sagt daher noch nichts über Ihren Router aus. Das liegt meist an der Verbindung oder am Server, nicht an Ihrem Router.</translation>
    </message>
    <message>
        <location filename="../../app/ui/result_words.py" line="107"/>
        <source>Your router changed calls sent over UDP, the usual way phones connect.</source>
        <translation>Ihr Router hat Anrufe über UDP verändert, den üblichen Verbindungsweg von Telefonen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/result_words.py" line="112"/>
        <source>Your router changed calls sent over %s.</source>
        <translation>Ihr Router hat Anrufe über %s verändert.</translation>
    </message>
    <message>
        <location filename="../../app/ui/result_words.py" line="119"/>
        <source>Calls sent over UDP, the usual way phones connect, passed unchanged.</source>
        <translation>Anrufe über UDP, den üblichen Verbindungsweg von Telefonen, kamen unverändert durch.</translation>
    </message>
    <message>
        <location filename="../../app/ui/result_words.py" line="124"/>
        <source>Calls over %s passed unchanged.</source>
        <translation>Anrufe über %s kamen unverändert durch.</translation>
    </message>
    <message>
        <location filename="../../app/ui/result_words.py" line="129"/>
        <source>Calls sent over UDP, the usual way phones connect, were swallowed.</source>
        <translation>Anrufe über UDP, den üblichen Verbindungsweg von Telefonen, wurden geschluckt.</translation>
    </message>
    <message>
        <location filename="../../app/ui/result_words.py" line="134"/>
        <source>Calls over %s were swallowed.</source>
        <translation>Anrufe über %s wurden geschluckt.</translation>
    </message>
    <message>
        <location filename="../../app/ui/result_words.py" line="139"/>
        <source>Calls sent over UDP, the usual way phones connect, got no answer.</source>
        <translation>Anrufe über UDP, den üblichen Verbindungsweg von Telefonen, erhielten keine Antwort.</translation>
    </message>
    <message>
        <location filename="../../app/ui/result_words.py" line="144"/>
        <source>Calls over %s got no answer.</source>
        <translation>Anrufe über %s erhielten keine Antwort.</translation>
    </message>
    <message>
        <location filename="../../app/ui/result_words.py" line="165"/>
        <source>Switch the SIP ALG off: “Show me how to switch it off” shows how.</source>
        <translation>Schalten Sie das SIP ALG aus: „Anleitung zum Ausschalten“ zeigt, wie es geht.</translation>
    </message>
    <message>
        <location filename="../../app/ui/result_words.py" line="185"/>
        <source>Nothing to change on your router. If calls still misbehave, save a report and send it to your provider.</source>
        <translation>An Ihrem Router ist nichts zu ändern. Wenn Anrufe weiterhin Probleme machen, speichern Sie einen Bericht und senden Sie ihn an Ihren Anbieter.</translation>
    </message>
    <message>
        <location filename="../../app/ui/result_words.py" line="209"/>
        <source>%s and %s</source>
        <translation>%s und %s</translation>
    </message>
    <message>
        <location filename="../../app/ui/result_words.py" line="223"/>
        <source>SIP ALG Doctor found that my router rewrites SIP messages sent over %s (a SIP ALG). I am switching it off; if the problem stays, please check a call trace.</source>
        <translation>SIP ALG Doctor hat festgestellt, dass mein Router SIP-Nachrichten über %s umschreibt (ein SIP ALG). Ich schalte es aus. Falls das Problem bleibt, prüfen Sie bitte einen Anruf-Trace.</translation>
    </message>
    <message>
        <location filename="../../app/ui/result_words.py" line="229"/>
        <source>SIP ALG Doctor found that SIP messages over %s to port %s are dropped on my connection, while another port works. Can my phones use another port or SIP over TLS?</source>
        <translation>SIP ALG Doctor hat festgestellt, dass SIP-Nachrichten über %s an Port %s auf meinem Anschluss verworfen werden, während ein anderer Port funktioniert. Können meine Telefone einen anderen Port oder SIP über TLS nutzen?</translation>
    </message>
    <message>
        <location filename="../../app/ui/result_words.py" line="237"/>
        <source>SIP ALG Doctor found no SIP ALG on my connection: SIP messages pass unchanged.</source>
        <translation>SIP ALG Doctor hat auf meinem Anschluss kein SIP ALG gefunden: SIP-Nachrichten kommen unverändert durch.</translation>
    </message>
    <message>
        <location filename="../../app/ui/result_words.py" line="242"/>
        <source>Still, I have this problem: %s. Please check a call trace.</source>
        <translation>Trotzdem habe ich dieses Problem: %s. Bitte prüfen Sie einen Anruf-Trace.</translation>
    </message>
    <message>
        <location filename="../../app/ui/result_words.py" line="246"/>
        <source>SIP ALG Doctor could not get an answer from its test server, so it could not check my connection for a SIP ALG yet.</source>
        <translation>SIP ALG Doctor hat keine Antwort von seinem Testserver erhalten und konnte meinen Anschluss daher noch nicht auf ein SIP ALG prüfen.</translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <location filename="../../app/ui/pages/results.py" line="74"/>
        <source>Results</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/results.py" line="75"/>
        <source>What the test found, and what to do next.</source>
        <translation>Was der Test gefunden hat und was Sie als Nächstes tun können.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/results.py" line="88"/>
        <source>Verdict</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/results.py" line="90"/>
        <source>What it means</source>
        <translation>Was das bedeutet</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/results.py" line="92"/>
        <source>What happened to each kind of call</source>
        <translation>Was mit jeder Art von Anruf passiert ist</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/results.py" line="94"/>
        <source>What&apos;s this? SIP, ALG, UDP and TCP explained</source>
        <translation>Was ist das? SIP, ALG, UDP und TCP erklärt</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/results.py" line="101"/>
        <source>The server tested</source>
        <translation>Der getestete Server</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/results.py" line="104"/>
        <source>What to do next</source>
        <translation>Nächste Schritte</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/results.py" line="106"/>
        <source>Another way on</source>
        <translation>Ein anderer Weg</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/results.py" line="126"/>
        <source>What to do</source>
        <translation>Was Sie tun können</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/results.py" line="130"/>
        <source>What&apos;s this? The words in the steps explained</source>
        <translation>Was ist das? Die Begriffe in den Schritten erklärt</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/results.py" line="139"/>
        <source>What to tell your provider</source>
        <translation>Was Sie Ihrem Anbieter sagen können</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/results.py" line="140"/>
        <location filename="../../app/ui/pages/results.py" line="218"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/results.py" line="141"/>
        <source>Copy what to tell your provider</source>
        <translation>Text für Ihren Anbieter kopieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/results.py" line="148"/>
        <location filename="../../app/ui/pages/results.py" line="222"/>
        <source>What your router changed — for your provider</source>
        <translation>Was Ihr Router geändert hat — für Ihren Anbieter</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/results.py" line="154"/>
        <source>Details of what was found</source>
        <translation>Details zum Befund</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/results.py" line="197"/>
        <source>How sure we are: %s</source>
        <translation>Wie sicher wir sind: %s</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/results.py" line="224"/>
        <source>Details — for your provider</source>
        <translation>Details — für Ihren Anbieter</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/results.py" line="275"/>
        <source>Show me how to &amp;switch it off</source>
        <translation>&amp;Anleitung zum Ausschalten</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/results.py" line="278"/>
        <source>&amp;Try again</source>
        <translation>&amp;Erneut testen</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/results.py" line="279"/>
        <source>Use another se&amp;rver</source>
        <translation>Anderen Se&amp;rver verwenden</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/results.py" line="281"/>
        <source>Run the &amp;idle-connection test</source>
        <translation>&amp;Leerlauftest ausführen</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/results.py" line="282"/>
        <location filename="../../app/ui/pages/results.py" line="284"/>
        <source>Save a re&amp;port</source>
        <translation>&amp;Bericht speichern</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/results.py" line="296"/>
        <source>Tests again whether your router forgets a quiet phone connection, which stops phones from ringing. Adds a few minutes.</source>
        <translation>Prüft erneut, ob Ihr Router eine ruhige Telefonverbindung vergisst. Dann klingeln Telefone nicht mehr. Dauert ein paar Minuten länger.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/results.py" line="319"/>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
</context>
<context>
    <name>RouterPage</name>
    <message>
        <location filename="../../app/ui/pages/router.py" line="24"/>
        <source>Your router</source>
        <translation>Ihr Router</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/router.py" line="26"/>
        <source>Pick the router (or firewall) that connects you to the internet.</source>
        <translation>Wählen Sie den Router (oder die Firewall), über den Sie mit dem Internet verbunden sind.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/router.py" line="30"/>
        <source>Identified router</source>
        <translation>Erkannter Router</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/router.py" line="52"/>
        <source>We recognised your router (&lt;b&gt;%s&lt;/b&gt;), but there is no guide for it yet, so “Not listed / I don&apos;t know” is chosen: its steps work on any router.</source>
        <translation>Wir haben Ihren Router erkannt (&lt;b&gt;%s&lt;/b&gt;), aber es gibt noch keine Anleitung dafür. Daher ist „Nicht aufgeführt / Weiß ich nicht“ gewählt: Diese Schritte funktionieren bei jedem Router.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/router.py" line="56"/>
        <source>see below</source>
        <translation>siehe unten</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/router.py" line="60"/>
        <source>We think your router is a &lt;b&gt;%s&lt;/b&gt;.</source>
        <translation>Wir glauben, Ihr Router ist ein &lt;b&gt;%s&lt;/b&gt;.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/router.py" line="61"/>
        <source>How we know:</source>
        <translation>Woher wir das wissen:</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/router.py" line="63"/>
        <source>If that is wrong, search for yours below.</source>
        <translation>Falls das nicht stimmt, suchen Sie unten nach Ihrem.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/router.py" line="70"/>
        <source>We could not tell which router you have. Search for it below, or go on with “Not listed / I don&apos;t know”: its steps work on any router.</source>
        <translation>Wir konnten nicht erkennen, welchen Router Sie haben. Suchen Sie unten danach oder machen Sie mit „Nicht aufgeführt / Weiß ich nicht“ weiter: Diese Schritte funktionieren bei jedem Router.</translation>
    </message>
</context>
<context>
    <name>RouterPicker</name>
    <message>
        <location filename="../../app/ui/router_picker.py" line="108"/>
        <source>Type a brand or model, e.g. TP-Link Archer</source>
        <translation>Marke oder Modell eingeben, z. B. TP-Link Archer</translation>
    </message>
    <message>
        <location filename="../../app/ui/router_picker.py" line="109"/>
        <source>Search for your router</source>
        <translation>Nach Ihrem Router suchen</translation>
    </message>
    <message>
        <location filename="../../app/ui/router_picker.py" line="111"/>
        <source>Type to search; the arrow keys move through the routers below.</source>
        <translation>Tippen Sie zum Suchen. Mit den Pfeiltasten wechseln Sie zwischen den Routern unten.</translation>
    </message>
    <message>
        <location filename="../../app/ui/router_picker.py" line="116"/>
        <source>About the search</source>
        <translation>Über die Suche</translation>
    </message>
    <message>
        <location filename="../../app/ui/router_picker.py" line="119"/>
        <source>Routers</source>
        <translation>Router</translation>
    </message>
    <message>
        <location filename="../../app/ui/router_picker.py" line="122"/>
        <source>Grouped by kind. The first entry, Not listed / I don&apos;t know, gives steps that work on any router.</source>
        <translation>Nach Art gruppiert. Der erste Eintrag, Nicht aufgeführt / Weiß ich nicht, enthält Schritte, die bei jedem Router funktionieren.</translation>
    </message>
    <message>
        <location filename="../../app/ui/router_picker.py" line="194"/>
        <source>Not in the list? Choose “Not listed / I don&apos;t know” at the top.</source>
        <translation>Nicht in der Liste? Wählen Sie oben „Nicht aufgeführt / Weiß ich nicht“.</translation>
    </message>
    <message>
        <location filename="../../app/ui/router_picker.py" line="206"/>
        <source>“%s” does not name a brand or model (they are printed on the router&apos;s label).</source>
        <translation>„%s“ ist keine Marke und kein Modell (diese stehen auf dem Aufkleber des Routers).</translation>
    </message>
    <message>
        <location filename="../../app/ui/router_picker.py" line="213"/>
        <source>%s has no guide of its own yet, and the steps for the maker&apos;s other products do not apply to it.</source>
        <translation>Für %s gibt es noch keine eigene Anleitung, und die Schritte für andere Produkte des Herstellers gelten dafür nicht.</translation>
    </message>
    <message>
        <location filename="../../app/ui/router_picker.py" line="219"/>
        <source>No guide matches “%s”.</source>
        <translation>Keine Anleitung passt zu „%s“.</translation>
    </message>
    <message>
        <location filename="../../app/ui/router_picker.py" line="223"/>
        <source>“Not listed / I don&apos;t know” is chosen: its steps work on any router.</source>
        <translation>„Nicht aufgeführt / Weiß ich nicht“ ist gewählt: Diese Schritte funktionieren bei jedem Router.</translation>
    </message>
    <message>
        <location filename="../../app/ui/router_picker.py" line="231"/>
        <source>Not listed / I don&apos;t know</source>
        <translation>Nicht aufgeführt / Weiß ich nicht</translation>
    </message>
    <message>
        <location filename="../../app/ui/router_picker.py" line="233"/>
        <source>General steps that work on any router</source>
        <translation>Allgemeine Schritte für jeden Router</translation>
    </message>
    <message>
        <location filename="../../app/ui/router_picker.py" line="238"/>
        <source>Home routers</source>
        <translation>Heimrouter</translation>
    </message>
    <message>
        <location filename="../../app/ui/router_picker.py" line="239"/>
        <source>Boxes from your internet provider</source>
        <translation>Boxen von Ihrem Internetanbieter</translation>
    </message>
    <message>
        <location filename="../../app/ui/router_picker.py" line="240"/>
        <source>Mesh Wi-Fi</source>
        <translation>Mesh-WLAN</translation>
    </message>
    <message>
        <location filename="../../app/ui/router_picker.py" line="241"/>
        <source>Mobile internet (4G/5G) routers</source>
        <translation>Router für mobiles Internet (4G/5G)</translation>
    </message>
    <message>
        <location filename="../../app/ui/router_picker.py" line="242"/>
        <source>Business routers and firewalls</source>
        <translation>Business-Router und Firewalls</translation>
    </message>
    <message>
        <location filename="../../app/ui/router_picker.py" line="243"/>
        <source>Other routers</source>
        <translation>Andere Router</translation>
    </message>
    <message>
        <location filename="../../app/ui/router_picker.py" line="263"/>
        <source>Group: %s</source>
        <translation>Gruppe: %s</translation>
    </message>
</context>
<context>
    <name>ServerWords</name>
    <message>
        <location filename="../../app/ui/words.py" line="49"/>
        <location filename="../../app/ui/words.py" line="53"/>
        <source>Tested against %s.</source>
        <translation>Getestet mit %s.</translation>
    </message>
    <message>
        <location filename="../../app/ui/words.py" line="55"/>
        <source>Tested against %s (%s).</source>
        <translation>Getestet mit %s (%s).</translation>
    </message>
    <message>
        <location filename="../../app/ui/words.py" line="60"/>
        <source>No answer from: %s.</source>
        <translation>Keine Antwort von: %s.</translation>
    </message>
</context>
<context>
    <name>SetupPage</name>
    <message>
        <location filename="../../app/ui/pages/setup.py" line="76"/>
        <source>Who provides your phone service?</source>
        <translation>Wer ist Ihr Telefonanbieter?</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/setup.py" line="79"/>
        <source>The test messages go to this server and back. Not sure? “I don&apos;t know” works too.</source>
        <translation>Die Testnachrichten gehen an diesen Server und zurück. Nicht sicher? „Weiß ich nicht“ geht auch.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/setup.py" line="89"/>
        <source>Test against your provider&apos;s test server</source>
        <translation>Mit dem Testserver Ihres Anbieters testen</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/setup.py" line="91"/>
        <source>My provider is:</source>
        <translation>Mein Anbieter ist:</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/setup.py" line="92"/>
        <source>Choose my provider from the list</source>
        <translation>Meinen Anbieter aus der Liste wählen</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/setup.py" line="95"/>
        <source>The server in my phone&apos;s settings:</source>
        <translation>Der Server aus den Einstellungen meines Telefons:</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/setup.py" line="96"/>
        <source>Test against the server in my phone&apos;s settings</source>
        <translation>Mit dem Server aus den Einstellungen meines Telefons testen</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/setup.py" line="98"/>
        <source>e.g. sip.myprovider.com</source>
        <translation>z. B. sip.meinanbieter.de</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/setup.py" line="99"/>
        <source>SIP server from my phone&apos;s settings</source>
        <translation>SIP-Server aus den Einstellungen meines Telefons</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/setup.py" line="102"/>
        <source>Problem with the address</source>
        <translation>Problem mit der Adresse</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/setup.py" line="105"/>
        <source>The &apos;SIP server&apos;, &apos;domain&apos;, &apos;registrar&apos; or &apos;proxy&apos; in your phone&apos;s or adapter&apos;s account settings.</source>
        <translation>Der „SIP-Server“, die „Domain“, der „Registrar“ oder der „Proxy“ in den Kontoeinstellungen Ihres Telefons oder Adapters.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/setup.py" line="110"/>
        <source>I don&apos;t know</source>
        <translation>Weiß ich nicht</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/setup.py" line="111"/>
        <source>I don&apos;t know my provider&apos;s server</source>
        <translation>Ich kenne den Server meines Anbieters nicht</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/setup.py" line="115"/>
        <source>Advanced: a SIP ALG Doctor test server</source>
        <translation>Erweitert: ein SIP ALG Doctor-Testserver</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/setup.py" line="116"/>
        <source>Show the test server option</source>
        <translation>Option für Testserver anzeigen</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/setup.py" line="121"/>
        <source>A SIP ALG Doctor test server:</source>
        <translation>Ein SIP ALG Doctor-Testserver:</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/setup.py" line="123"/>
        <source>Test against a SIP ALG Doctor test server</source>
        <translation>Mit einem SIP ALG Doctor-Testserver testen</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/setup.py" line="126"/>
        <source>e.g. reflector.myprovider.com</source>
        <translation>z. B. reflector.meinanbieter.de</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/setup.py" line="127"/>
        <source>Test server address</source>
        <translation>Adresse des Testservers</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/setup.py" line="130"/>
        <source>Problem with the test server address</source>
        <translation>Problem mit der Adresse des Testservers</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/setup.py" line="133"/>
        <source>Your provider&apos;s support may give you one. It sees exactly what your router changes, in both directions.</source>
        <translation>Der Support Ihres Anbieters kann Ihnen einen nennen. Er sieht genau, was Ihr Router ändert, in beide Richtungen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/setup.py" line="144"/>
        <source>Also measure how long my router keeps idle phone connections open (adds a few minutes)</source>
        <translation>Auch messen, wie lange mein Router ruhende Telefonverbindungen offen hält (dauert ein paar Minuten länger)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/setup.py" line="148"/>
        <source>Measure connection lifetime</source>
        <translation>Verbindungsdauer messen</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/setup.py" line="151"/>
        <source>What will be contacted</source>
        <translation>Was kontaktiert wird</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/setup.py" line="185"/>
        <source>What&apos;s this? The words on this page explained</source>
        <translation>Was ist das? Die Begriffe auf dieser Seite erklärt</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/setup.py" line="219"/>
        <source>Your provider&apos;s test server (%s)</source>
        <translation>Der Testserver Ihres Anbieters (%s)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/setup.py" line="221"/>
        <source>Your provider&apos;s server (%s)</source>
        <translation>Der Server Ihres Anbieters (%s)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/setup.py" line="228"/>
        <source>What this cannot check:</source>
        <translation>Was sich damit nicht prüfen lässt:</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/setup.py" line="315"/>
        <source>We will send a few harmless test messages (SIP OPTIONS) to %s.</source>
        <translation>Wir senden ein paar harmlose Testnachrichten (SIP OPTIONS) an %s.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/setup.py" line="317"/>
        <source>We will send a few test calls to the SIP ALG Doctor test server %s, which sends back exactly what arrived.</source>
        <translation>Wir senden ein paar Testanrufe an den SIP ALG Doctor-Testserver %s, der genau das zurückschickt, was angekommen ist.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/setup.py" line="326"/>
        <source>Choose your provider in the list, or one of the other ways.</source>
        <translation>Wählen Sie Ihren Anbieter in der Liste oder einen der anderen Wege.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/setup.py" line="330"/>
        <source>%s publishes no server we can test. Enter the server from your phone&apos;s settings, or choose “I don&apos;t know”.</source>
        <translation>%s veröffentlicht keinen Server, den wir testen können. Geben Sie den Server aus den Einstellungen Ihres Telefons ein oder wählen Sie „Weiß ich nicht“.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/setup.py" line="333"/>
        <source>%s&apos;s server %s</source>
        <translation>Server von %s: %s</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/setup.py" line="338"/>
        <source>We will send a few harmless test messages (SIP OPTIONS) to public SIP services such as %s, one after the other until one answers.</source>
        <translation>Wir senden ein paar harmlose Testnachrichten (SIP OPTIONS) an öffentliche SIP-Dienste wie %s, einen nach dem anderen, bis einer antwortet.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/setup.py" line="344"/>
        <source>Enter the server from your phone&apos;s settings.</source>
        <translation>Geben Sie den Server aus den Einstellungen Ihres Telefons ein.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/setup.py" line="347"/>
        <source>Enter the test server&apos;s address.</source>
        <translation>Geben Sie die Adresse des Testservers ein.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/setup.py" line="361"/>
        <source>Please check the address: %s</source>
        <translation>Bitte prüfen Sie die Adresse: %s</translation>
    </message>
</context>
<context>
    <name>Symptoms</name>
    <message>
        <location filename="../../app/diagnosis/symptoms.py" line="38"/>
        <source>One-way audio</source>
        <translation>Einseitiger Ton</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/symptoms.py" line="39"/>
        <source>You can hear them but they cannot hear you, or the other way round.</source>
        <translation>Sie hören Ihr Gegenüber, aber es hört Sie nicht, oder umgekehrt.</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/symptoms.py" line="45"/>
        <source>Calls drop about 30 seconds after answering</source>
        <translation>Anrufe brechen etwa 30 Sekunden nach dem Annehmen ab</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/symptoms.py" line="46"/>
        <source>The call connects, then cuts off after roughly half a minute.</source>
        <translation>Der Anruf wird verbunden und bricht nach etwa einer halben Minute ab.</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/symptoms.py" line="52"/>
        <source>The phone does not ring</source>
        <translation>Das Telefon klingelt nicht</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/symptoms.py" line="53"/>
        <source>People say they called, but your phone never rang.</source>
        <translation>Leute sagen, sie hätten angerufen, aber Ihr Telefon hat nie geklingelt.</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/symptoms.py" line="57"/>
        <source>Calls go straight to voicemail</source>
        <translation>Anrufe gehen direkt auf die Mailbox</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/symptoms.py" line="58"/>
        <source>Callers reach your voicemail without your phone ringing.</source>
        <translation>Anrufer landen auf Ihrer Mailbox, ohne dass Ihr Telefon klingelt.</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/symptoms.py" line="62"/>
        <source>The phone keeps losing registration</source>
        <translation>Das Telefon verliert immer wieder die Registrierung</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/symptoms.py" line="63"/>
        <source>The phone shows &apos;not registered&apos; or &apos;no service&apos; now and then.</source>
        <translation>Das Telefon zeigt ab und zu „nicht registriert“ oder „kein Dienst“ an.</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/symptoms.py" line="69"/>
        <source>Choppy or robotic audio</source>
        <translation>Abgehackter oder blecherner Ton</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/symptoms.py" line="70"/>
        <source>Voices break up, stutter or sound metallic.</source>
        <translation>Stimmen brechen ab, stocken oder klingen metallisch.</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/symptoms.py" line="74"/>
        <source>Not sure</source>
        <translation>Nicht sicher</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/symptoms.py" line="75"/>
        <source>Something is wrong with calls but it is hard to describe.</source>
        <translation>Mit den Anrufen stimmt etwas nicht, aber es ist schwer zu beschreiben.</translation>
    </message>
</context>
<context>
    <name>SymptomsPage</name>
    <message>
        <location filename="../../app/ui/pages/symptoms.py" line="16"/>
        <source>What happens with your calls?</source>
        <translation>Was passiert bei Ihren Anrufen?</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/symptoms.py" line="19"/>
        <source>Tick everything that sounds familiar. This is optional; it helps explain the results.</source>
        <translation>Kreuzen Sie alles an, was Ihnen bekannt vorkommt. Das ist freiwillig und hilft, die Ergebnisse zu erklären.</translation>
    </message>
</context>
<context>
    <name>TestCall</name>
    <message>
        <location filename="../../app/pipeline/test_call.py" line="92"/>
        <source>The test was stopped before the call.</source>
        <translation>Der Test wurde vor dem Anruf gestoppt.</translation>
    </message>
    <message>
        <location filename="../../app/pipeline/test_call.py" line="95"/>
        <source>A test call needs a SIP ALG Doctor test server (reflector).</source>
        <translation>Ein Testanruf braucht einen SIP ALG Doctor-Testserver (Reflektor).</translation>
    </message>
    <message>
        <location filename="../../app/pipeline/test_call.py" line="100"/>
        <source>The test server never answered, so no call was made.</source>
        <translation>Der Testserver hat nie geantwortet, daher wurde kein Anruf gemacht.</translation>
    </message>
</context>
<context>
    <name>VerifyPage</name>
    <message>
        <location filename="../../app/ui/pages/verify.py" line="60"/>
        <source>Did it work?</source>
        <translation>Hat es funktioniert?</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/verify.py" line="61"/>
        <source>Run the same test again now that the setting is changed.</source>
        <translation>Führen Sie denselben Test jetzt, nach der Änderung, erneut aus.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/verify.py" line="64"/>
        <location filename="../../app/ui/pages/verify.py" line="203"/>
        <location filename="../../app/ui/pages/verify.py" line="271"/>
        <location filename="../../app/ui/pages/verify.py" line="315"/>
        <source>&amp;Test again</source>
        <translation>&amp;Erneut testen</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/verify.py" line="65"/>
        <source>Test again</source>
        <translation>Erneut testen</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/verify.py" line="67"/>
        <source>&amp;Stop</source>
        <translation>&amp;Stoppen</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/verify.py" line="71"/>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/verify.py" line="80"/>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/verify.py" line="80"/>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/verify.py" line="80"/>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/verify.py" line="82"/>
        <source>Before and after</source>
        <translation>Vorher und nachher</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/verify.py" line="91"/>
        <source>The same header before and after</source>
        <translation>Derselbe Header vorher und nachher</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/verify.py" line="100"/>
        <source>What&apos;s this? The words on this page explained</source>
        <translation>Was ist das? Die Begriffe auf dieser Seite erklärt</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/verify.py" line="127"/>
        <source>Make sure you saved the change and restarted the router. Then press Test again; if the internet is not back yet, the test waits for it.</source>
        <translation>Stellen Sie sicher, dass Sie die Änderung gespeichert und den Router neu gestartet haben. Klicken Sie dann auf Erneut testen. Wenn das Internet noch nicht zurück ist, wartet der Test darauf.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/pages/verify.py" line="253"/>
        <source>No answer yet: your internet connection is probably still coming back after the restart. Testing again in %n s…</source>
        <translation>
            <numerusform>Noch keine Antwort: Ihre Internetverbindung kommt nach dem Neustart wahrscheinlich gerade erst zurück. Neuer Test in %n s…</numerusform>
            <numerusform>Noch keine Antwort: Ihre Internetverbindung kommt nach dem Neustart wahrscheinlich gerade erst zurück. Neuer Test in %n s…</numerusform>
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
        <translation>&amp;Jetzt testen</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/verify.py" line="307"/>
        <source>The second test could not run. Check that the internet works again after the restart, then try again.</source>
        <translation>Der zweite Test konnte nicht laufen. Prüfen Sie, ob das Internet nach dem Neustart wieder funktioniert, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/verify.py" line="342"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/verify.py" line="351"/>
        <source>Calls over %s</source>
        <translation>Anrufe über %s</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/verify.py" line="388"/>
        <source>Press Next to save a report of before and after, for your records or your provider.</source>
        <translation>Klicken Sie auf Weiter, um einen Vorher-Nachher-Bericht zu speichern, für Ihre Unterlagen oder Ihren Anbieter.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/verify.py" line="392"/>
        <source>When you have checked the points above, press Test again; or press Next to save a report for your provider.</source>
        <translation>Wenn Sie die Punkte oben geprüft haben, klicken Sie auf Erneut testen. Oder klicken Sie auf Weiter, um einen Bericht für Ihren Anbieter zu speichern.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/verify.py" line="402"/>
        <source>Fixed! Your calls now pass through unchanged. Restart your phones so they register again, then make a test call.</source>
        <translation>Behoben! Ihre Anrufe kommen jetzt unverändert durch. Starten Sie Ihre Telefone neu, damit sie sich neu registrieren, und machen Sie dann einen Testanruf.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/verify.py" line="408"/>
        <source>The test was stopped before it finished. Run it again.</source>
        <translation>Der Test wurde vor dem Ende gestoppt. Führen Sie ihn erneut aus.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/verify.py" line="413"/>
        <source>Still no answer after waiting %d seconds. Check that the internet works again (open any web page). If it does not, the router may still be starting: wait a little, then press Test again.</source>
        <translation>Auch nach %d Sekunden Warten keine Antwort. Prüfen Sie, ob das Internet wieder funktioniert (öffnen Sie eine beliebige Webseite). Wenn nicht, startet der Router vielleicht noch: Warten Sie kurz und klicken Sie dann auf Erneut testen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/verify.py" line="422"/>
        <source>No answer from the test server. Check that the internet works again, then press Test again.</source>
        <translation>Keine Antwort vom Testserver. Prüfen Sie, ob das Internet wieder funktioniert, und klicken Sie dann auf Erneut testen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/verify.py" line="430"/>
        <source>We could not reach the test server this time. Wait until the router has fully restarted, then test again.</source>
        <translation>Wir konnten den Testserver diesmal nicht erreichen. Warten Sie, bis der Router vollständig neu gestartet ist, und testen Sie dann erneut.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/verify.py" line="436"/>
        <source>Not fixed yet. %s</source>
        <translation>Noch nicht behoben. %s</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/verify.py" line="442"/>
        <source>Was the change saved, and did the router really restart? If in doubt, unplug it for ten seconds: some routers keep rewriting calls they already know until then.</source>
        <translation>Wurde die Änderung gespeichert und wurde der Router wirklich neu gestartet? Ziehen Sie im Zweifel zehn Sekunden lang den Stecker: Manche Router schreiben bekannte Anrufe bis dahin weiter um.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/verify.py" line="451"/>
        <source>Is there a second setting? On this router it may also be called: %s.</source>
        <translation>Gibt es eine zweite Einstellung? Auf diesem Router heißt sie vielleicht auch: %s.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/verify.py" line="457"/>
        <source>Is there a second setting? Some routers have the switch in more than one place (look through the firewall and NAT pages too).</source>
        <translation>Gibt es eine zweite Einstellung? Manche Router haben den Schalter an mehreren Stellen (sehen Sie auch auf den Seiten zu Firewall und NAT nach).</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/verify.py" line="466"/>
        <source>Is there a box from your internet provider in front of your router? The test saw another router at %s between yours and the internet; its SIP ALG must be switched off too (or it must be put in bridge mode).</source>
        <translation>Steht vor Ihrem Router eine Box von Ihrem Internetanbieter? Der Test hat zwischen Ihrem Router und dem Internet einen weiteren Router unter %s gesehen. Auch dessen SIP ALG muss ausgeschaltet werden (oder er muss in den Bridge-Modus geschaltet werden).</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/verify.py" line="475"/>
        <source>Is there a box from your internet provider (a modem or fibre box) in front of your router? It can have a SIP ALG of its own.</source>
        <translation>Steht vor Ihrem Router eine Box von Ihrem Internetanbieter (ein Modem oder eine Glasfaserbox)? Sie kann ein eigenes SIP ALG haben.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/verify.py" line="484"/>
        <source>If the setting cannot be switched off, use one of the workarounds on the previous page.</source>
        <translation>Wenn sich die Einstellung nicht ausschalten lässt, nutzen Sie eine der Ausweichlösungen auf der vorherigen Seite.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/verify.py" line="488"/>
        <source>What to check next:</source>
        <translation>Was Sie als Nächstes prüfen können:</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../app/ui/pages/welcome.py" line="21"/>
        <source>Let&apos;s find out what is breaking your calls</source>
        <translation>Finden wir heraus, was Ihre Anrufe stört</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/welcome.py" line="22"/>
        <source>Two minutes, no technical knowledge needed.</source>
        <translation>Zwei Minuten, kein Technikwissen nötig.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/welcome.py" line="27"/>
        <source>Many routers have a &apos;SIP ALG&apos; that rewrites phone-call messages as they pass and causes one-way audio, dropped calls or phones that never ring. This tool sends a few test calls through your connection, shows exactly what your router changed, and tells you how to switch the ALG off on your router.</source>
        <translation>Viele Router haben ein „SIP ALG“, das Nachrichten von Telefonanrufen unterwegs umschreibt. Das führt zu einseitigem Ton, abgebrochenen Anrufen oder Telefonen, die nie klingeln. Dieses Tool schickt ein paar Testanrufe durch Ihre Verbindung, zeigt genau, was Ihr Router geändert hat, und erklärt, wie Sie das ALG in Ihrem Router ausschalten.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/welcome.py" line="35"/>
        <source>What&apos;s this? SIP and ALG explained</source>
        <translation>Was ist das? SIP und ALG erklärt</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/welcome.py" line="40"/>
        <source>What is sent: a few SIP test messages containing this computer&apos;s local network address, to the server you choose on the next pages (your VoIP provider&apos;s server or a SIP ALG Doctor test server), and standard questions to your own router. No passwords, no recordings, no personal data. The report stays on this computer unless you decide to share it.</source>
        <translation>Was gesendet wird: ein paar SIP-Testnachrichten mit der lokalen Netzwerkadresse dieses Computers an den Server, den Sie auf den nächsten Seiten wählen (den Server Ihres VoIP-Anbieters oder einen SIP ALG Doctor-Testserver), und Standardanfragen an Ihren eigenen Router. Keine Passwörter, keine Aufnahmen, keine persönlichen Daten. Der Bericht bleibt auf diesem Computer, außer Sie entscheiden sich, ihn weiterzugeben.</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <location filename="../../app/core/vocabulary.py" line="21"/>
        <source>SIP ALG DETECTED</source>
        <translation>SIP ALG ERKANNT</translation>
    </message>
    <message>
        <location filename="../../app/core/vocabulary.py" line="22"/>
        <source>NO SIP ALG DETECTED</source>
        <translation>KEIN SIP ALG ERKANNT</translation>
    </message>
    <message>
        <location filename="../../app/core/vocabulary.py" line="23"/>
        <source>SIP BLOCKED</source>
        <translation>SIP BLOCKIERT</translation>
    </message>
    <message>
        <location filename="../../app/core/vocabulary.py" line="24"/>
        <source>INCONCLUSIVE</source>
        <translation>KEIN KLARES ERGEBNIS</translation>
    </message>
    <message>
        <location filename="../../app/core/vocabulary.py" line="30"/>
        <source>A SIP ALG is changing your calls</source>
        <translation>Ein SIP ALG verändert Ihre Anrufe</translation>
    </message>
    <message>
        <location filename="../../app/core/vocabulary.py" line="31"/>
        <source>Calls on the standard SIP port are blocked</source>
        <translation>Anrufe auf dem Standard-SIP-Port werden blockiert</translation>
    </message>
    <message>
        <location filename="../../app/core/vocabulary.py" line="34"/>
        <source>No SIP ALG found</source>
        <translation>Kein SIP ALG gefunden</translation>
    </message>
    <message>
        <location filename="../../app/core/vocabulary.py" line="35"/>
        <source>Inconclusive: we could not tell</source>
        <translation>Kein klares Ergebnis: Wir konnten es nicht feststellen</translation>
    </message>
    <message>
        <location filename="../../app/core/vocabulary.py" line="40"/>
        <source>✗ SIP ALG found</source>
        <translation>✗ SIP ALG gefunden</translation>
    </message>
    <message>
        <location filename="../../app/core/vocabulary.py" line="41"/>
        <source>✗ SIP blocked</source>
        <translation>✗ SIP blockiert</translation>
    </message>
    <message>
        <location filename="../../app/core/vocabulary.py" line="42"/>
        <source>✓ no SIP ALG</source>
        <translation>✓ kein SIP ALG</translation>
    </message>
    <message>
        <location filename="../../app/core/vocabulary.py" line="43"/>
        <location filename="../../app/core/vocabulary.py" line="62"/>
        <source>? no answer</source>
        <translation>? keine Antwort</translation>
    </message>
    <message>
        <location filename="../../app/core/vocabulary.py" line="49"/>
        <source>clean (arrived and came back unchanged)</source>
        <translation>sauber (angekommen und unverändert zurückgekommen)</translation>
    </message>
    <message>
        <location filename="../../app/core/vocabulary.py" line="50"/>
        <source>modified (rewritten on the way)</source>
        <translation>verändert (unterwegs umgeschrieben)</translation>
    </message>
    <message>
        <location filename="../../app/core/vocabulary.py" line="51"/>
        <source>dropped (the SIP port swallowed it, another port got through)</source>
        <translation>verworfen (der SIP-Port hat es geschluckt, ein anderer Port kam durch)</translation>
    </message>
    <message>
        <location filename="../../app/core/vocabulary.py" line="54"/>
        <source>no usable answer</source>
        <translation>keine brauchbare Antwort</translation>
    </message>
    <message>
        <location filename="../../app/core/vocabulary.py" line="59"/>
        <source>✓ unchanged</source>
        <translation>✓ unverändert</translation>
    </message>
    <message>
        <location filename="../../app/core/vocabulary.py" line="60"/>
        <source>✗ changed</source>
        <translation>✗ verändert</translation>
    </message>
    <message>
        <location filename="../../app/core/vocabulary.py" line="61"/>
        <source>✗ blocked</source>
        <translation>✗ blockiert</translation>
    </message>
    <message>
        <location filename="../../app/core/vocabulary.py" line="68"/>
        <source>very sure</source>
        <translation>sehr sicher</translation>
    </message>
    <message>
        <location filename="../../app/core/vocabulary.py" line="69"/>
        <source>fairly sure</source>
        <translation>ziemlich sicher</translation>
    </message>
    <message>
        <location filename="../../app/core/vocabulary.py" line="70"/>
        <source>not sure</source>
        <translation>nicht sicher</translation>
    </message>
    <message>
        <location filename="../../app/core/vocabulary.py" line="75"/>
        <source>reflector</source>
        <translation>Reflektor</translation>
    </message>
    <message>
        <location filename="../../app/core/vocabulary.py" line="76"/>
        <source>SIP server</source>
        <translation>SIP-Server</translation>
    </message>
    <message>
        <location filename="../../app/ui/words.py" line="84"/>
        <source>If switching the SIP ALG off does not help, look in your router&apos;s firewall settings for a rule that blocks port %s, and remove or allow it.</source>
        <translation>Wenn das Ausschalten des SIP ALG nicht hilft, suchen Sie in den Firewall-Einstellungen Ihres Routers nach einer Regel, die Port %s blockiert, und entfernen Sie sie oder geben Sie den Port frei.</translation>
    </message>
</context>
</TS>
