<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>BeforeAfter</name>
    <message>
        <location filename="../../app/ui/before_after.py" line="27"/>
        <source>where your phone says it can be reached</source>
        <translation>dónde dice su teléfono que se le puede localizar</translation>
    </message>
    <message>
        <location filename="../../app/ui/before_after.py" line="30"/>
        <source>where answers to your phone must go</source>
        <translation>adónde deben ir las respuestas a su teléfono</translation>
    </message>
    <message>
        <location filename="../../app/ui/before_after.py" line="31"/>
        <source>where the sound of a call must be sent</source>
        <translation>adónde debe enviarse el sonido de una llamada</translation>
    </message>
    <message>
        <location filename="../../app/ui/before_after.py" line="34"/>
        <source>it carries your address</source>
        <translation>contiene su dirección</translation>
    </message>
    <message>
        <location filename="../../app/ui/before_after.py" line="117"/>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <location filename="../../app/ui/before_after.py" line="118"/>
        <source>Now</source>
        <translation>Ahora</translation>
    </message>
    <message>
        <location filename="../../app/ui/before_after.py" line="119"/>
        <source>sent:</source>
        <translation>enviado:</translation>
    </message>
    <message>
        <location filename="../../app/ui/before_after.py" line="120"/>
        <source>arrived:</source>
        <translation>recibido:</translation>
    </message>
    <message>
        <location filename="../../app/ui/before_after.py" line="123"/>
        <source>The %s header (%s)</source>
        <translation>La cabecera %s (%s)</translation>
    </message>
    <message>
        <location filename="../../app/ui/before_after.py" line="127"/>
        <source>rewritten</source>
        <translation>reescrito</translation>
    </message>
    <message>
        <location filename="../../app/ui/before_after.py" line="135"/>
        <source>arrived exactly as sent</source>
        <translation>llegó exactamente como se envió</translation>
    </message>
    <message>
        <location filename="../../app/ui/before_after.py" line="137"/>
        <source>(with your address %s)</source>
        <translation>(con su dirección %s)</translation>
    </message>
    <message>
        <location filename="../../app/ui/before_after.py" line="141"/>
        <source>Your address now arrives unchanged.</source>
        <translation>Ahora su dirección llega sin cambios.</translation>
    </message>
    <message>
        <location filename="../../app/ui/before_after.py" line="145"/>
        <source>still rewritten</source>
        <translation>sigue reescrito</translation>
    </message>
    <message>
        <location filename="../../app/ui/before_after.py" line="152"/>
        <source>Your address is still being rewritten.</source>
        <translation>Su dirección se sigue reescribiendo.</translation>
    </message>
</context>
<context>
    <name>CallFindings</name>
    <message>
        <location filename="../../app/diagnosis/call_findings.py" line="57"/>
        <source>excellent</source>
        <translation>excelente</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/call_findings.py" line="58"/>
        <source>good</source>
        <translation>buena</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/call_findings.py" line="59"/>
        <source>fair</source>
        <translation>regular</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/call_findings.py" line="60"/>
        <source>poor</source>
        <translation>deficiente</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/call_findings.py" line="61"/>
        <source>bad</source>
        <translation>mala</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/call_findings.py" line="62"/>
        <source>unusable</source>
        <translation>inutilizable</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/call_findings.py" line="148"/>
        <source>The test call was stopped</source>
        <translation>La llamada de prueba se detuvo</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/call_findings.py" line="149"/>
        <source>It was stopped before it finished, so it measured nothing about your calls.</source>
        <translation>Se detuvo antes de terminar, así que no midió nada sobre sus llamadas.</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/call_findings.py" line="155"/>
        <source>Run the test again and let the call finish.</source>
        <translation>Vuelva a hacer la prueba y deje que la llamada termine.</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/call_findings.py" line="162"/>
        <source>The test server refused the call ({status} {reason}), so nothing about the call&apos;s sound could be measured.</source>
        <translation>El servidor de pruebas rechazó la llamada ({status} {reason}), así que no se pudo medir nada sobre el sonido de la llamada.</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/call_findings.py" line="168"/>
        <source>The call got no answer from the test server, although the test messages before it did. Nothing about the call&apos;s sound could be measured.</source>
        <translation>La llamada no obtuvo respuesta del servidor de pruebas, aunque los mensajes de prueba anteriores sí la obtuvieron. No se pudo medir nada sobre el sonido de la llamada.</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/call_findings.py" line="175"/>
        <source>Run the test again in a minute; the test server may have been busy.</source>
        <translation>Vuelva a hacer la prueba dentro de un minuto; puede que el servidor de pruebas estuviera ocupado.</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/call_findings.py" line="179"/>
        <source>If it fails again, a firewall on this computer or in the router may block calls (not just test messages): check it, or send the report to your provider.</source>
        <translation>Si vuelve a fallar, puede que un cortafuegos en este ordenador o en el router bloquee las llamadas (no solo los mensajes de prueba): revíselo o envíe el informe a su proveedor.</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/call_findings.py" line="189"/>
        <source>The test call could not be set up</source>
        <translation>No se pudo establecer la llamada de prueba</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/call_findings.py" line="211"/>
        <source>No sound got through in either direction</source>
        <translation>No pasó sonido en ningún sentido</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/call_findings.py" line="212"/>
        <source>The call was set up, but none of its sound arrived, neither yours at the far end nor the far end&apos;s at this computer. A firewall that blocks call audio (RTP) is the usual cause.</source>
        <translation>La llamada se estableció, pero no llegó nada de su sonido: ni el suyo al otro extremo ni el del otro extremo a este ordenador. La causa habitual es un cortafuegos que bloquea el audio de las llamadas (RTP).</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/call_findings.py" line="219"/>
        <source>Check the firewall on this computer and in the router: call audio uses UDP on changing high ports.</source>
        <translation>Revise el cortafuegos de este ordenador y el del router: el audio de las llamadas usa UDP en puertos altos que van cambiando.</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/call_findings.py" line="231"/>
        <source>Your voice did not reach the far end</source>
        <translation>Su voz no llegó al otro extremo</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/call_findings.py" line="232"/>
        <source>The sound this computer sent never arrived, while the far end&apos;s sound reached you: one-way audio, reproduced. Something on the way out (a firewall, or the router) drops call audio.</source>
        <translation>El sonido que envió este ordenador nunca llegó, mientras que el del otro extremo sí le llegó a usted: es audio en un solo sentido, reproducido por la prueba. Algo en el camino de salida (un cortafuegos o el router) descarta el audio de las llamadas.</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/call_findings.py" line="241"/>
        <source>Check the router&apos;s and this computer&apos;s firewall for rules that block outgoing UDP, then test again.</source>
        <translation>Busque en el cortafuegos del router y en el de este ordenador reglas que bloqueen el UDP saliente y vuelva a hacer la prueba.</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/call_findings.py" line="258"/>
        <source>Sound went both ways, but your router rewrote where it goes</source>
        <translation>El sonido pasó en los dos sentidos, pero su router reescribió adónde va</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/call_findings.py" line="261"/>
        <source>Your voice reached the far end, and the far end&apos;s sound reached you. On the way, your router&apos;s SIP ALG rewrote the audio address your phone announced ({offered} became {seen}). It got it right this time; such rewriting breaks other calls, so switching it off stays the advice.</source>
        <translation>Su voz llegó al otro extremo y el sonido del otro extremo le llegó a usted. Por el camino, el SIP ALG de su router reescribió la dirección de audio que anunció su teléfono ({offered} pasó a ser {seen}). Esta vez acertó, pero esas reescrituras estropean otras llamadas, así que el consejo sigue siendo desactivarlo.</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/call_findings.py" line="271"/>
        <location filename="../../app/diagnosis/call_findings.py" line="342"/>
        <source>Turn off the SIP ALG in your router so the address your phone announces is not rewritten.</source>
        <translation>Desactive el SIP ALG de su router para que la dirección que anuncia su teléfono no se reescriba.</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/call_findings.py" line="286"/>
        <source>Sound went both ways</source>
        <translation>El sonido pasó en los dos sentidos</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/call_findings.py" line="287"/>
        <source>Your voice reached the far end, and the far end&apos;s sound reached you whether it was sent to the address your phone announced or to where your audio came from.</source>
        <translation>Su voz llegó al otro extremo y el sonido del otro extremo le llegó a usted, tanto si se envió a la dirección que anunció su teléfono como si se envió al lugar de donde venía su audio.</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/call_findings.py" line="305"/>
        <source>Sound went both ways (one return path not measured)</source>
        <translation>El sonido pasó en los dos sentidos (un camino de vuelta sin medir)</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/call_findings.py" line="308"/>
        <source>The far end&apos;s sound reached you when it was sent back to where your audio came from. Whether sound sent to the address your phone announced would arrive was not measured ({why}).</source>
        <translation>El sonido del otro extremo le llegó cuando se envió de vuelta al lugar de donde venía su audio. No se midió si llegaría el sonido enviado a la dirección que anunció su teléfono ({why}).</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/call_findings.py" line="320"/>
        <source>The far end&apos;s sound sent to the address your phone announced ({announced}) was lost; sent back to where your audio came from, it arrived. A provider that sends sound to the announced address gives you one-way audio. </source>
        <translation>El sonido del otro extremo enviado a la dirección que anunció su teléfono ({announced}) se perdió; enviado de vuelta al lugar de donde venía su audio, sí llegó. Un proveedor que envíe el sonido a la dirección anunciada le dará audio en un solo sentido. </translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/call_findings.py" line="327"/>
        <source>Your router&apos;s SIP ALG wrote that address into the call set-up, and wrote a wrong one.</source>
        <translation>El SIP ALG de su router escribió esa dirección en el establecimiento de la llamada, y escribió una equivocada.</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/call_findings.py" line="333"/>
        <source>The announced address is this computer&apos;s address at home, which the internet cannot reach; the provider has to send to where the audio came from instead (&apos;latching&apos;).</source>
        <translation>La dirección anunciada es la dirección de este ordenador en su casa, a la que no se puede llegar desde Internet; el proveedor tiene que enviar el sonido al lugar de donde vino el audio («latching»).</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/call_findings.py" line="351"/>
        <source>Ask your provider to send call audio back to where it comes from (NAT handling, &apos;symmetric RTP&apos; or &apos;latching&apos;) for your line.</source>
        <translation>Pida a su proveedor que, en su línea, envíe el audio de las llamadas de vuelta al lugar de donde viene (gestión de NAT, «symmetric RTP» o «latching»).</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/call_findings.py" line="356"/>
        <source>Or turn on STUN or &apos;NAT traversal&apos; in your phone&apos;s settings, so it announces the address the internet sees.</source>
        <translation>O active STUN o «NAT traversal» en la configuración de su teléfono, para que anuncie la dirección que ve Internet.</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/call_findings.py" line="366"/>
        <source>Sound sent to the address your phone announced does not reach you</source>
        <translation>El sonido enviado a la dirección que anunció su teléfono no le llega</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/call_findings.py" line="370"/>
        <source>{detail}{why}</source>
        <translation>{detail}{why}</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/call_findings.py" line="383"/>
        <source>Sound sent back to where your audio came from was lost</source>
        <translation>Se perdió el sonido enviado de vuelta al lugar de donde venía su audio</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/call_findings.py" line="386"/>
        <source>The far end&apos;s sound reached you at the address your phone announced, but not when sent back to where your audio came from ({why}). A provider that &apos;latches&apos; would give you one-way audio.</source>
        <translation>El sonido del otro extremo le llegó en la dirección que anunció su teléfono, pero no cuando se envió de vuelta al lugar de donde venía su audio ({why}). Con un proveedor que haga «latching», tendría audio en un solo sentido.</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/call_findings.py" line="395"/>
        <source>Send the report to your provider: their support can tell which way they send call audio.</source>
        <translation>Envíe el informe a su proveedor: su servicio de soporte puede decirle por qué camino envían el audio de las llamadas.</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/call_findings.py" line="410"/>
        <source>The far end&apos;s voice did not reach you</source>
        <translation>La voz del otro extremo no le llegó</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/call_findings.py" line="411"/>
        <source>Neither of the far end&apos;s two streams arrived: not the one sent to the address your phone announced, nor the one sent back to where your audio came from. Something on the way in (the router&apos;s or this computer&apos;s firewall) drops call audio.</source>
        <translation>No llegó ninguno de los dos flujos del otro extremo: ni el enviado a la dirección que anunció su teléfono ni el enviado de vuelta al lugar de donde venía su audio. Algo en el camino de entrada (el cortafuegos del router o de este ordenador) descarta el audio de las llamadas.</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/call_findings.py" line="421"/>
        <source>Check the router&apos;s and this computer&apos;s firewall for rules that block incoming UDP answers, then test again.</source>
        <translation>Busque en el cortafuegos del router y en el de este ordenador reglas que bloqueen las respuestas UDP entrantes y vuelva a hacer la prueba.</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/call_findings.py" line="444"/>
        <source>The call&apos;s confirmation (ACK) was lost</source>
        <translation>Se perdió la confirmación de la llamada (ACK)</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/call_findings.py" line="445"/>
        <source>Our confirmation that the call was answered never reached the far end. In a real call the far end then hangs up about 32 seconds after answering: the classic cause of calls that drop after half a minute.</source>
        <translation>Nuestra confirmación de que se contestó la llamada nunca llegó al otro extremo. En una llamada real, el otro extremo cuelga entonces unos 32 segundos después de contestar: la causa clásica de las llamadas que se cortan al medio minuto.</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/call_findings.py" line="454"/>
        <source>Turn off the SIP ALG in your router and check its firewall; then test again.</source>
        <translation>Desactive el SIP ALG de su router y revise su cortafuegos; después vuelva a hacer la prueba.</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/call_findings.py" line="469"/>
        <source>The call&apos;s confirmation (ACK) was rewritten</source>
        <translation>La confirmación de la llamada (ACK) se reescribió</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/call_findings.py" line="470"/>
        <source>Our confirmation that the call was answered arrived changed. A far end that cannot match it to the call hangs up about 32 seconds after answering: the classic cause of calls that drop after half a minute.</source>
        <translation>Nuestra confirmación de que se contestó la llamada llegó modificada. Si el otro extremo no puede asociarla a la llamada, cuelga unos 32 segundos después de contestar: la causa clásica de las llamadas que se cortan al medio minuto.</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/call_findings.py" line="479"/>
        <source>Turn off the SIP ALG in your router (it is what rewrites call messages), then test again.</source>
        <translation>Desactive el SIP ALG de su router (es lo que reescribe los mensajes de las llamadas) y vuelva a hacer la prueba.</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/call_findings.py" line="494"/>
        <source>The hang-up got no answer</source>
        <translation>El aviso de colgar no obtuvo respuesta</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/call_findings.py" line="495"/>
        <source>The call&apos;s confirmation (ACK) arrived unchanged, but our hang-up (BYE) got no answer. Calls may end on one side only, or messages late in a call get lost.</source>
        <translation>La confirmación de la llamada (ACK) llegó sin cambios, pero nuestro aviso de colgar (BYE) no obtuvo respuesta. Puede que las llamadas terminen solo en un lado o que se pierdan mensajes al final de una llamada.</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/call_findings.py" line="504"/>
        <source>Run the test again; if the hang-up is lost again, send the report to your provider.</source>
        <translation>Vuelva a hacer la prueba; si el aviso de colgar se vuelve a perder, envíe el informe a su proveedor.</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/call_findings.py" line="518"/>
        <source>The call&apos;s confirmation and hang-up got through</source>
        <translation>La confirmación y el aviso de colgar de la llamada pasaron</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/call_findings.py" line="519"/>
        <source>Our confirmation (ACK) reached the far end unchanged and the hang-up (BYE) was answered, so the usual cause of drops after 30 seconds is not on your connection. The test call lasted {seconds} s, so a drop later in a call was not itself tested.</source>
        <translation>Nuestra confirmación (ACK) llegó sin cambios al otro extremo y el aviso de colgar (BYE) obtuvo respuesta, así que la causa habitual de los cortes a los 30 segundos no está en su conexión. La llamada de prueba duró {seconds} s, así que no se probó en sí un corte más tarde en una llamada.</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/call_findings.py" line="558"/>
        <source>An incoming call after {idle} s of quiet did not arrive</source>
        <translation>No llegó una llamada entrante tras {idle} s de silencio</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/call_findings.py" line="561"/>
        <source>After {idle} seconds without traffic, a call sent to this computer never reached it: your phone would not ring and callers would get voicemail. The router forgets a quiet phone connection too soon, or drops incoming call set-ups.</source>
        <translation>Tras {idle} segundos sin tráfico, una llamada enviada a este ordenador nunca llegó: su teléfono no sonaría y quien le llame acabaría en el buzón de voz. El router olvida demasiado pronto una conexión telefónica en silencio, o descarta los establecimientos de llamadas entrantes.</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/call_findings.py" line="571"/>
        <source>Set your phone to re-register or send keep-alives more often (every 20 to 30 seconds), or raise the router&apos;s UDP time-out.</source>
        <translation>Configure su teléfono para que se vuelva a registrar o envíe keep-alives más a menudo (cada 20 a 30 segundos), o suba el tiempo de espera UDP del router.</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/call_findings.py" line="576"/>
        <source>Turn off the SIP ALG in your router, then test again.</source>
        <translation>Desactive el SIP ALG de su router y vuelva a hacer la prueba.</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/call_findings.py" line="589"/>
        <source>An incoming call arrived, but rewritten by the router</source>
        <translation>Llegó una llamada entrante, pero reescrita por el router</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/call_findings.py" line="592"/>
        <source>After {idle} seconds of quiet the call still reached this computer, but the router had changed it on the way; phones may reject such calls or answer them without sound.</source>
        <translation>Tras {idle} segundos de silencio, la llamada llegó a este ordenador, pero el router la había cambiado por el camino; los teléfonos pueden rechazar esas llamadas o contestarlas sin sonido.</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/call_findings.py" line="600"/>
        <source>Turn off the SIP ALG in your router.</source>
        <translation>Desactive el SIP ALG de su router.</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/call_findings.py" line="609"/>
        <source>An incoming call after {idle} s of quiet arrived</source>
        <translation>Llegó una llamada entrante tras {idle} s de silencio</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/call_findings.py" line="612"/>
        <source>After {idle} seconds without traffic, a call sent to this computer still reached it unchanged. Longer quiet spells were not tested by the call.</source>
        <translation>Tras {idle} segundos sin tráfico, una llamada enviada a este ordenador llegó sin cambios. La llamada no probó silencios más largos.</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/call_findings.py" line="638"/>
        <source>in both directions</source>
        <translation>en los dos sentidos</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/call_findings.py" line="640"/>
        <source>on the way out</source>
        <translation>en el camino de salida</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/call_findings.py" line="642"/>
        <source>on the way in</source>
        <translation>en el camino de entrada</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/call_findings.py" line="649"/>
        <source>Large call set-ups are blocked by your router</source>
        <translation>Su router bloquea los establecimientos de llamada grandes</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/call_findings.py" line="650"/>
        <source>A call set-up too big for one packet ({size} bytes, as phones offering many codecs send) was lost {which}, while small messages passed. Calls with such set-ups fail silently or never ring.</source>
        <translation>Un establecimiento de llamada demasiado grande para un solo paquete ({size} bytes, como los que envían los teléfonos que ofrecen muchos códecs) se perdió {which}, mientras que los mensajes pequeños pasaron. Las llamadas con esos establecimientos fallan sin avisar o nunca suenan.</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/call_findings.py" line="659"/>
        <source>Offer fewer codecs in your phone&apos;s settings so call set-ups fit in one packet, or ask your provider for SIP over TCP.</source>
        <translation>Ofrezca menos códecs en la configuración de su teléfono para que los establecimientos de llamada quepan en un solo paquete, o pida a su proveedor SIP sobre TCP.</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/call_findings.py" line="664"/>
        <source>Check the router for a setting that drops fragmented packets, and turn off its SIP ALG.</source>
        <translation>Busque en el router un ajuste que descarte los paquetes fragmentados y desactive su SIP ALG.</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/call_findings.py" line="678"/>
        <source>Large call set-ups get through</source>
        <translation>Los establecimientos de llamada grandes pasan</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/call_findings.py" line="680"/>
        <source>A call set-up too big for one packet ({size} bytes) got through in both directions.</source>
        <translation>Un establecimiento de llamada demasiado grande para un solo paquete ({size} bytes) pasó en los dos sentidos.</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/call_findings.py" line="686"/>
        <source>A call set-up too big for one packet ({size} bytes) got through on the way out; the way back was not measured.</source>
        <translation>Un establecimiento de llamada demasiado grande para un solo paquete ({size} bytes) pasó en el camino de salida; no se midió el camino de vuelta.</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/call_findings.py" line="692"/>
        <source>A call set-up too big for one packet ({size} bytes) got through on the way in; the way out was not measured.</source>
        <translation>Un establecimiento de llamada demasiado grande para un solo paquete ({size} bytes) pasó en el camino de entrada; no se midió el camino de salida.</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/call_findings.py" line="710"/>
        <source>The idle-connection test found that your router forgets a quiet phone connection after about {seconds} s, which stops phones from ringing.</source>
        <translation>La prueba de conexión inactiva mostró que su router olvida una conexión telefónica en silencio tras unos {seconds} s, lo que impide que los teléfonos suenen.</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/call_findings.py" line="717"/>
        <source>The idle-connection test found that your router keeps a quiet phone connection for at least {seconds} s.</source>
        <translation>La prueba de conexión inactiva mostró que su router mantiene una conexión telefónica en silencio durante al menos {seconds} s.</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/call_findings.py" line="728"/>
        <source>{text} {reasons}</source>
        <translation>{text} {reasons}</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/call_findings.py" line="751"/>
        <source>{loss} % of the sound was lost.</source>
        <translation>Se perdió el {loss} % del sonido.</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/call_findings.py" line="755"/>
        <source>Packets arrived unevenly (jitter {jitter} ms).</source>
        <translation>Los paquetes llegaron de forma irregular (jitter de {jitter} ms).</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/call_findings.py" line="761"/>
        <source>The round trip took {rtt} ms.</source>
        <translation>El viaje de ida y vuelta tardó {rtt} ms.</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/call_findings.py" line="767"/>
        <source>The round trip was not measured, so delay is not counted.</source>
        <translation>No se midió el viaje de ida y vuelta, así que el retardo no se tiene en cuenta.</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/call_findings.py" line="775"/>
        <source>The test call&apos;s sound would have been clear (estimated {mos} of 5).</source>
        <translation>El sonido de la llamada de prueba habría sido claro (estimado: {mos} de 5).</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/call_findings.py" line="783"/>
        <source>{detail} {wifi}</source>
        <translation>{detail} {wifi}</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/call_findings.py" line="785"/>
        <source>You are on Wi-Fi: if calls get choppy at times, Wi-Fi that comes and goes is a common cause; try a cable.</source>
        <translation>Está conectado por Wi-Fi: si a veces las llamadas se entrecortan, un Wi-Fi que va y viene es una causa frecuente; pruebe con un cable.</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/call_findings.py" line="795"/>
        <location filename="../../app/diagnosis/call_findings.py" line="828"/>
        <source>Call quality: {word} ({mos} of 5)</source>
        <translation>Calidad de la llamada: {word} ({mos} de 5)</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/call_findings.py" line="809"/>
        <source>You are on Wi-Fi: connect this computer and your phone by cable, or move closer to the Wi-Fi router, and test again.</source>
        <translation>Está conectado por Wi-Fi: conecte este ordenador y su teléfono por cable, o acérquese al router Wi-Fi, y vuelva a hacer la prueba.</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/call_findings.py" line="818"/>
        <source>Pause big downloads, uploads and video streams during calls; if that does not help, send the report to your internet provider.</source>
        <translation>Pause las descargas, subidas y vídeos en streaming grandes durante las llamadas; si eso no ayuda, envíe el informe a su proveedor de Internet.</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/call_findings.py" line="833"/>
        <source>The test call&apos;s sound would have broken up (estimated {mos} of 5).</source>
        <translation>El sonido de la llamada de prueba se habría entrecortado (estimado: {mos} de 5).</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/call_findings.py" line="856"/>
        <source>Not measured by the test call</source>
        <translation>No medido por la llamada de prueba</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/call_findings.py" line="868"/>
        <source>Whether sound reaches each side was not measured: the far end sent no figures.</source>
        <translation>No se midió si el sonido llega a cada lado: el otro extremo no envió cifras.</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/call_findings.py" line="875"/>
        <source>Whether the call&apos;s confirmation (ACK) arrived intact was not measured: the far end sent no report.</source>
        <translation>No se midió si la confirmación de la llamada (ACK) llegó intacta: el otro extremo no envió ningún informe.</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/call_findings.py" line="883"/>
        <source>Whether an incoming call reaches this computer was not tested by this call.</source>
        <translation>Esta llamada no probó si una llamada entrante llega a este ordenador.</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/call_findings.py" line="890"/>
        <source>Call quality was not measured: sound did not flow both ways.</source>
        <translation>No se midió la calidad de la llamada: el sonido no pasó en los dos sentidos.</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/call_findings.py" line="909"/>
        <source>The test call reproduced it: {title}.</source>
        <translation>La llamada de prueba lo reprodujo: {title}.</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/call_findings.py" line="913"/>
        <source>The test call found a related problem: {title}.</source>
        <translation>La llamada de prueba encontró un problema relacionado: {title}.</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/call_findings.py" line="917"/>
        <source>The test call did not reproduce it this time: {title}.</source>
        <translation>La llamada de prueba no lo reprodujo esta vez: {title}.</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/call_findings.py" line="921"/>
        <source>no figures</source>
        <translation>sin cifras</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/call_findings.py" line="922"/>
        <location filename="../../app/diagnosis/call_findings.py" line="949"/>
        <source>The test call could not check it: {why}</source>
        <translation>La llamada de prueba no pudo comprobarlo: {why}</translation>
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
        <translation>Hacer también una llamada de prueba (unos %d segundos)</translation>
    </message>
    <message>
        <location filename="../../app/ui/call_option.py" line="51"/>
        <source>Make a test call</source>
        <translation>Hacer una llamada de prueba</translation>
    </message>
    <message>
        <location filename="../../app/ui/call_option.py" line="74"/>
        <source>Needs a SIP ALG Doctor test server (your provider&apos;s, or one under “Advanced”): ordinary phone servers do not take test calls.</source>
        <translation>Necesita un servidor de pruebas de SIP ALG Doctor (el de su proveedor o uno en «Avanzado»): los servidores telefónicos normales no aceptan llamadas de prueba.</translation>
    </message>
    <message>
        <location filename="../../app/ui/call_option.py" line="80"/>
        <source>Suggested for what you noticed: a short real call to the test server, with sound both ways, shows whether each side would hear the other, how good the sound is and whether calls would drop.</source>
        <translation>Recomendado por lo que ha notado: una llamada real y corta al servidor de pruebas, con sonido en los dos sentidos, muestra si cada lado oiría al otro, qué tal se oye y si las llamadas se cortarían.</translation>
    </message>
    <message>
        <location filename="../../app/ui/call_option.py" line="87"/>
        <source>A short real call to the test server, with sound both ways: shows whether each side would hear the other, how good the sound is and whether calls would drop.</source>
        <translation>Una llamada real y corta al servidor de pruebas, con sonido en los dos sentidos: muestra si cada lado oiría al otro, qué tal se oye y si las llamadas se cortarían.</translation>
    </message>
</context>
<context>
    <name>CallSection</name>
    <message>
        <location filename="../../app/ui/call_section.py" line="43"/>
        <location filename="../../app/ui/call_section.py" line="97"/>
        <source>not measured</source>
        <translation>sin medir</translation>
    </message>
    <message>
        <location filename="../../app/ui/call_section.py" line="45"/>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <location filename="../../app/ui/call_section.py" line="47"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../app/ui/call_section.py" line="62"/>
        <source>Call quality: not measured (sound did not flow both ways)</source>
        <translation>Calidad de la llamada: sin medir (el sonido no pasó en los dos sentidos)</translation>
    </message>
    <message>
        <location filename="../../app/ui/call_section.py" line="66"/>
        <source>Call quality: %s (%.1f of 5)</source>
        <translation>Calidad de la llamada: %s (%.1f de 5)</translation>
    </message>
    <message>
        <location filename="../../app/ui/call_section.py" line="77"/>
        <source>No test call was made. %s</source>
        <translation>No se hizo ninguna llamada de prueba. %s</translation>
    </message>
    <message>
        <location filename="../../app/ui/call_section.py" line="79"/>
        <source>The test call was stopped.</source>
        <translation>La llamada de prueba se detuvo.</translation>
    </message>
    <message>
        <location filename="../../app/ui/call_section.py" line="81"/>
        <source>Call set-up: failed</source>
        <translation>Establecimiento de la llamada: falló</translation>
    </message>
    <message>
        <location filename="../../app/ui/call_section.py" line="83"/>
        <source>Their voice reached you: %s</source>
        <translation>La voz del otro extremo le llegó: %s</translation>
    </message>
    <message>
        <location filename="../../app/ui/call_section.py" line="85"/>
        <source>Your voice reached them: %s</source>
        <translation>Su voz llegó al otro extremo: %s</translation>
    </message>
    <message>
        <location filename="../../app/ui/call_section.py" line="93"/>
        <source>blocked by your router</source>
        <translation>bloqueados por su router</translation>
    </message>
    <message>
        <location filename="../../app/ui/call_section.py" line="95"/>
        <source>pass through your router</source>
        <translation>pasan por su router</translation>
    </message>
    <message>
        <location filename="../../app/ui/call_section.py" line="98"/>
        <source>Large call set-ups: %s</source>
        <translation>Establecimientos de llamada grandes: %s</translation>
    </message>
    <message>
        <location filename="../../app/ui/call_section.py" line="103"/>
        <source>Your phone rang after %s s of quiet: %s</source>
        <translation>Su teléfono sonó tras %s s de silencio: %s</translation>
    </message>
    <message>
        <location filename="../../app/ui/call_section.py" line="121"/>
        <source>Run the test again once the test server answers: a test call needs a SIP ALG Doctor test server.</source>
        <translation>Vuelva a hacer la prueba cuando el servidor de pruebas responda: una llamada de prueba necesita un servidor de pruebas de SIP ALG Doctor.</translation>
    </message>
    <message>
        <location filename="../../app/ui/call_section.py" line="135"/>
        <source>Save a report and send it to your provider.</source>
        <translation>Guarde un informe y envíelo a su proveedor.</translation>
    </message>
    <message>
        <location filename="../../app/ui/call_section.py" line="139"/>
        <source>The test call found nothing to fix on your connection. If the trouble stays, it may lie with your provider or your phone: save a report and send it to them.</source>
        <translation>La llamada de prueba no encontró nada que arreglar en su conexión. Si el problema sigue, puede que esté en su proveedor o en su teléfono: guarde un informe y envíeselo a su proveedor.</translation>
    </message>
    <message>
        <location filename="../../app/ui/call_section.py" line="147"/>
        <source>The test call found nothing to fix.</source>
        <translation>La llamada de prueba no encontró nada que arreglar.</translation>
    </message>
    <message>
        <location filename="../../app/ui/call_section.py" line="149"/>
        <source>Nothing to fix in what the test call could measure.</source>
        <translation>Nada que arreglar en lo que la llamada de prueba pudo medir.</translation>
    </message>
    <message>
        <location filename="../../app/ui/call_section.py" line="196"/>
        <location filename="../../app/ui/call_section.py" line="208"/>
        <source>Test call</source>
        <translation>Llamada de prueba</translation>
    </message>
    <message>
        <location filename="../../app/ui/call_section.py" line="202"/>
        <source>What&apos;s this? The test call&apos;s words</source>
        <translation>¿Qué es esto? Las palabras de la llamada de prueba</translation>
    </message>
    <message>
        <location filename="../../app/ui/call_section.py" line="211"/>
        <source>What the test call says about your calls</source>
        <translation>Lo que dice la llamada de prueba sobre sus llamadas</translation>
    </message>
    <message>
        <location filename="../../app/ui/call_section.py" line="214"/>
        <location filename="../../app/ui/call_section.py" line="218"/>
        <source>What to do about the call</source>
        <translation>Qué hacer con la llamada</translation>
    </message>
    <message>
        <location filename="../../app/ui/call_section.py" line="221"/>
        <source>Try the test ca&amp;ll again</source>
        <translation>Repetir la &amp;llamada de prueba</translation>
    </message>
    <message>
        <location filename="../../app/ui/call_section.py" line="224"/>
        <source>Try the test call again</source>
        <translation>Repetir la llamada de prueba</translation>
    </message>
    <message>
        <location filename="../../app/ui/call_section.py" line="231"/>
        <source>The call&apos;s figures — for your provider</source>
        <translation>Las cifras de la llamada — para su proveedor</translation>
    </message>
    <message>
        <location filename="../../app/ui/call_section.py" line="235"/>
        <source>The call&apos;s figures</source>
        <translation>Las cifras de la llamada</translation>
    </message>
    <message>
        <location filename="../../app/ui/call_section.py" line="239"/>
        <source>What&apos;s this? The figures&apos; words</source>
        <translation>¿Qué es esto? Las palabras de las cifras</translation>
    </message>
</context>
<context>
    <name>CheckingPage</name>
    <message>
        <location filename="../../app/ui/pages/checking.py" line="67"/>
        <source>Checking your connection</source>
        <translation>Comprobando su conexión</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/checking.py" line="70"/>
        <location filename="../../app/ui/pages/checking.py" line="122"/>
        <source>Starting…</source>
        <translation>Iniciando…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/checking.py" line="71"/>
        <source>What is happening now</source>
        <translation>Qué está pasando ahora</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/checking.py" line="74"/>
        <source>What&apos;s this? The words on this page explained</source>
        <translation>¿Qué es esto? Las palabras de esta página explicadas</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/checking.py" line="77"/>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/checking.py" line="79"/>
        <source>Tests finished</source>
        <translation>Pruebas terminadas</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/checking.py" line="84"/>
        <source>Why the test could not start</source>
        <translation>Por qué no se pudo iniciar la prueba</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/checking.py" line="86"/>
        <source>&amp;Change the server</source>
        <translation>Cambiar el &amp;servidor</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/checking.py" line="87"/>
        <source>Go back and choose another server</source>
        <translation>Vuelva atrás y elija otro servidor</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/checking.py" line="90"/>
        <source>&amp;Stop</source>
        <translation>&amp;Detener</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/checking.py" line="91"/>
        <source>Stop the test</source>
        <translation>Detener la prueba</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/checking.py" line="149"/>
        <source>This usually takes about %d seconds with the test call, at most about %d seconds.</source>
        <translation>Suele tardar unos %d segundos con la llamada de prueba, como máximo unos %d segundos.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/checking.py" line="151"/>
        <source>This usually takes a few seconds, at most about %d seconds.</source>
        <translation>Suele tardar unos segundos, como máximo unos %d segundos.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/checking.py" line="158"/>
        <source>This takes a few minutes, at most about %d minutes: the idle-connection test waits to see how long your router remembers a quiet connection.</source>
        <translation>Tarda unos minutos, como máximo unos %d minutos: la prueba de conexión inactiva espera para ver cuánto tiempo recuerda su router una conexión en silencio.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/checking.py" line="172"/>
        <source>Stopping…</source>
        <translation>Deteniendo…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/checking.py" line="189"/>
        <source>no answer</source>
        <translation>sin respuesta</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/checking.py" line="190"/>
        <source>Test call %d of %d</source>
        <translation>Llamada de prueba %d de %d</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/checking.py" line="205"/>
        <source>Test call with sound: %d of about %d seconds…</source>
        <translation>Llamada de prueba con sonido: %d de unos %d segundos…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/checking.py" line="209"/>
        <source>Test call with sound: made</source>
        <translation>Llamada de prueba con sonido: hecha</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/checking.py" line="211"/>
        <source>Test call with sound: could not be set up</source>
        <translation>Llamada de prueba con sonido: no se pudo establecer</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/checking.py" line="223"/>
        <source>Stopped. Here is what we found so far.</source>
        <translation>Detenida. Esto es lo que hemos encontrado hasta ahora.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/checking.py" line="223"/>
        <source>Done.</source>
        <translation>Hecho.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/checking.py" line="238"/>
        <source>The test could not start.</source>
        <translation>No se pudo iniciar la prueba.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/checking.py" line="241"/>
        <source>The test failed.</source>
        <translation>La prueba ha fallado.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/checking.py" line="246"/>
        <source>The test stopped because of an unexpected problem. Please try again; if it keeps happening, copy the details into a support request.</source>
        <translation>La prueba se detuvo por un problema inesperado. Inténtelo de nuevo; si sigue pasando, copie los detalles en una solicitud de soporte.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/checking.py" line="255"/>
        <source>We could not use that server: %s. Check the address, or choose another.</source>
        <translation>No hemos podido usar ese servidor: %s. Compruebe la dirección o elija otro.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/checking.py" line="259"/>
        <source>We could not reach the network (%s). Check that this computer is online, then try again or choose another server.</source>
        <translation>No hemos podido acceder a la red (%s). Compruebe que este ordenador está conectado y vuelva a intentarlo o elija otro servidor.</translation>
    </message>
</context>
<context>
    <name>CloseQuestion</name>
    <message>
        <location filename="../../app/ui/wizard.py" line="64"/>
        <source>Close SIP ALG Doctor?</source>
        <translation>¿Cerrar SIP ALG Doctor?</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="67"/>
        <source>Close &amp;anyway</source>
        <translation>Cerrar de &amp;todos modos</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="71"/>
        <source>&amp;Keep it open</source>
        <translation>&amp;Mantenerlo abierto</translation>
    </message>
</context>
<context>
    <name>CopyBlock</name>
    <message>
        <location filename="../../app/ui/widgets.py" line="131"/>
        <source>Command to type</source>
        <translation>Comando que debe escribir</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets.py" line="132"/>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets.py" line="133"/>
        <source>Copy command</source>
        <translation>Copiar comando</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets.py" line="140"/>
        <source>Copied</source>
        <translation>Copiado</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../../app/ui/dialogs.py" line="40"/>
        <source>Something went wrong</source>
        <translation>Algo ha salido mal</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="45"/>
        <source>Copy details</source>
        <translation>Copiar detalles</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="91"/>
        <source>About SIP ALG Doctor</source>
        <translation>Acerca de SIP ALG Doctor</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="96"/>
        <source>Finds out whether a SIP ALG in your router breaks your phone calls, and shows how to switch it off.</source>
        <translation>Averigua si un SIP ALG de su router estropea sus llamadas telefónicas y muestra cómo desactivarlo.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="102"/>
        <source>Free software under the GNU GPL, version 3 or later.</source>
        <translation>Software libre bajo la GNU GPL, versión 3 o posterior.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="107"/>
        <source>Log file for support: %s</source>
        <translation>Archivo de registro para el soporte: %s</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="110"/>
        <source>No log file: its folder could not be created.</source>
        <translation>No hay archivo de registro: no se pudo crear su carpeta.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="122"/>
        <source>What&apos;s this? SIP and ALG explained</source>
        <translation>¿Qué es esto? SIP y ALG explicados</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="131"/>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="137"/>
        <source>The new language is used from the next start of SIP ALG Doctor.</source>
        <translation>El nuevo idioma se usará a partir del próximo inicio de SIP ALG Doctor.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="148"/>
        <source>&amp;Restart now</source>
        <translation>&amp;Reiniciar ahora</translation>
    </message>
</context>
<context>
    <name>DiffView</name>
    <message>
        <location filename="../../app/ui/widgets.py" line="187"/>
        <source>What was changed</source>
        <translation>Qué se ha cambiado</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets.py" line="196"/>
        <source>on the way out: we sent it</source>
        <translation>a la ida: lo enviamos nosotros</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets.py" line="197"/>
        <source>on the way back: the server sent it</source>
        <translation>a la vuelta: lo envió el servidor</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets.py" line="198"/>
        <source>out or back: we sent it</source>
        <translation>ida o vuelta: lo enviamos nosotros</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets.py" line="229"/>
        <source>What the server sent is on the left, what arrived here on the right.</source>
        <translation>Lo que envió el servidor está a la izquierda; lo que llegó aquí, a la derecha.</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets.py" line="231"/>
        <source>What we sent is on the left, what arrived at the server on the right.</source>
        <translation>Lo que enviamos está a la izquierda; lo que llegó al servidor, a la derecha.</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets.py" line="233"/>
        <source>What we sent is on the left, what came back on the right.</source>
        <translation>Lo que enviamos está a la izquierda; lo que volvió, a la derecha.</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets.py" line="235"/>
        <source>On each row, what was sent is on the left and what arrived on the right; the row says who sent it.</source>
        <translation>En cada fila, lo enviado está a la izquierda y lo recibido a la derecha; la fila indica quién lo envió.</translation>
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
        <translation>&amp;Acerca de</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="143"/>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="287"/>
        <source>SIP ALG Doctor could not start again. Close it and start it yourself.</source>
        <translation>SIP ALG Doctor no pudo volver a iniciarse. Ciérrelo y vuelva a abrirlo usted mismo.</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="300"/>
        <source>A test is still running. Closing now stops it and loses its result.</source>
        <translation>Todavía hay una prueba en curso. Si cierra ahora, se detendrá y se perderá su resultado.</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="307"/>
        <source>Your results are not saved yet. Closing now loses them; the last page saves a report for your provider.</source>
        <translation>Sus resultados aún no se han guardado. Si cierra ahora, se perderán; la última página guarda un informe para su proveedor.</translation>
    </message>
</context>
<context>
    <name>Findings</name>
    <message>
        <location filename="../../app/diagnosis/context.py" line="94"/>
        <source>Your provider shares one public address among many customers (carrier-grade NAT)</source>
        <translation>Su proveedor comparte una dirección pública entre muchos clientes (NAT de operador, CGNAT)</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/context.py" line="99"/>
        <source>Your router sits behind another router (double NAT)</source>
        <translation>Su router está detrás de otro router (doble NAT)</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/context.py" line="108"/>
        <source>There is a second address translation beyond your router. Switching off your router&apos;s SIP ALG may not be enough: the other device can have one too, and incoming calls rely on keep-alives.</source>
        <translation>Hay una segunda traducción de direcciones más allá de su router. Desactivar el SIP ALG de su router puede no bastar: el otro aparato también puede tener uno, y las llamadas entrantes dependen de los mensajes keep-alive.</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/context.py" line="118"/>
        <source>Put the provider&apos;s modem in bridge (modem-only) mode, or ask your provider whether a public IPv4 address is available.</source>
        <translation>Ponga el módem del proveedor en modo puente (solo módem) o pregunte a su proveedor si puede darle una dirección IPv4 pública.</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/context.py" line="133"/>
        <source>Your router uses a new port for every destination (symmetric NAT)</source>
        <translation>Su router usa un puerto nuevo para cada destino (NAT simétrico)</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/context.py" line="136"/>
        <source>That is not an ALG, but it defeats STUN: phones must rely on the provider&apos;s NAT handling (most hosted VoIP services do this). If you hear one-way audio, ask the provider about it.</source>
        <translation>No es un ALG, pero impide que funcione STUN: los teléfonos dependen de cómo gestione el NAT el proveedor (la mayoría de servicios VoIP alojados lo hacen). Si oye audio en un solo sentido, consúltelo con el proveedor.</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/context.py" line="156"/>
        <source>Your router keeps idle phone connections open long enough ({where})</source>
        <translation>Su router mantiene abiertas las conexiones telefónicas inactivas el tiempo suficiente ({where})</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/context.py" line="160"/>
        <source>Connections stayed open for every delay we tried (up to {seconds} s).</source>
        <translation>Las conexiones siguieron abiertas con todos los tiempos de espera probados (hasta {seconds} s).</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/context.py" line="173"/>
        <source>Your router forgets an idle phone after about {seconds} s ({where})</source>
        <translation>Su router olvida un teléfono inactivo tras unos {seconds} s ({where})</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/context.py" line="177"/>
        <source>If your phone re-registers less often than every {seconds} s (many phones default to 3600 s), the provider cannot reach it in between and incoming calls fail or go to voicemail.</source>
        <translation>Si su teléfono se vuelve a registrar con menos frecuencia que cada {seconds} s (muchos teléfonos usan 3600 s por defecto), el proveedor no puede localizarlo entretanto y las llamadas entrantes fallan o van al buzón de voz.</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/context.py" line="186"/>
        <source>Raise the router&apos;s UDP time-out to at least 300 s, or set the phone&apos;s registration interval (or NAT keep-alive) below {seconds} s.</source>
        <translation>Suba el tiempo de espera UDP del router a 300 s como mínimo, o ponga el intervalo de registro del teléfono (o el keep-alive de NAT) por debajo de {seconds} s.</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/findings.py" line="105"/>
        <source>It changed the audio address in the call set-up, which is the classic cause of one-way audio.</source>
        <translation>Cambió la dirección del audio al establecer la llamada, que es la causa clásica del audio en un solo sentido.</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/findings.py" line="119"/>
        <source>It changed the addresses your phone uses to say where it can be reached, which makes calls drop after about 30 seconds and incoming calls fail.</source>
        <translation>Cambió las direcciones con las que su teléfono indica dónde se le puede localizar; por eso las llamadas se cortan a los 30 segundos y fallan las llamadas entrantes.</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/findings.py" line="127"/>
        <source>It also rewrote the server&apos;s answers on the way back.</source>
        <translation>También reescribió las respuestas del servidor a la vuelta.</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/findings.py" line="129"/>
        <source>A SIP ALG (a &apos;helper&apos; in your router) rewrote the test calls on {transports}. {parts}</source>
        <translation>Un SIP ALG (un «ayudante» de su router) reescribió las llamadas de prueba por {transports}. {parts}</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/findings.py" line="137"/>
        <source>Turn off the SIP ALG in your router. It may be called SIP ALG, SIP passthrough, SIP helper, SIP transformations or SIP inspection.</source>
        <translation>Desactive el SIP ALG de su router. Puede llamarse SIP ALG, SIP passthrough, SIP helper, SIP transformations o SIP inspection.</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/findings.py" line="142"/>
        <source>Restart the router and your phones, then run this test again to confirm the fix.</source>
        <translation>Reinicie el router y sus teléfonos y vuelva a hacer esta prueba para confirmar que se ha solucionado.</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/findings.py" line="149"/>
        <source>If it cannot be turned off: the same test on port {port} went through untouched, so ask your VoIP provider for a SIP port other than {sip_port} (or SIP over TLS on 5061).</source>
        <translation>Si no se puede desactivar: la misma prueba en el puerto {port} pasó sin cambios, así que pida a su proveedor VoIP un puerto SIP distinto de {sip_port} (o SIP sobre TLS en el 5061).</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/findings.py" line="161"/>
        <source>Something on your connection rewrites your calls</source>
        <translation>Algo en su conexión reescribe sus llamadas</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/findings.py" line="192"/>
        <source>Phone traffic on the standard SIP port disappears</source>
        <translation>El tráfico telefónico en el puerto SIP estándar desaparece</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/findings.py" line="193"/>
        <source>Test calls sent over {transports} to port {port} vanished, while the same test to another port got through. A SIP ALG that drops what it cannot handle, or a firewall rule, is swallowing them.</source>
        <translation>Las llamadas de prueba enviadas por {transports} al puerto {port} desaparecieron, mientras que la misma prueba a otro puerto pasó. Las está bloqueando un SIP ALG que descarta lo que no sabe manejar, o una regla del cortafuegos.</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/findings.py" line="207"/>
        <source>Turn off the SIP ALG in your router, and check its firewall for rules about port {port}.</source>
        <translation>Desactive el SIP ALG de su router y revise su cortafuegos por si hay reglas sobre el puerto {port}.</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/findings.py" line="212"/>
        <source>Ask your VoIP provider whether your phones can use another port (such as 5080) or SIP over TLS (port 5061).</source>
        <translation>Pregunte a su proveedor VoIP si sus teléfonos pueden usar otro puerto (por ejemplo, el 5080) o SIP sobre TLS (puerto 5061).</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/findings.py" line="229"/>
        <source>The test was stopped before it finished</source>
        <translation>La prueba se detuvo antes de terminar</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/findings.py" line="230"/>
        <source>Without the full set of answers we cannot say whether there is an ALG.</source>
        <translation>Sin todas las respuestas no podemos saber si hay un ALG.</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/findings.py" line="236"/>
        <source>Run the test again and let it finish.</source>
        <translation>Vuelva a hacer la prueba y deje que termine.</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/findings.py" line="243"/>
        <source>The test server did not answer</source>
        <translation>El servidor de pruebas no respondió</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/findings.py" line="244"/>
        <source>Without answers we cannot tell whether there is an ALG. This says nothing about your router yet.</source>
        <translation>Sin respuestas no podemos saber si hay un ALG. Esto todavía no dice nada de su router.</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/findings.py" line="252"/>
        <source>Check that this computer is online and that the server address is typed correctly.</source>
        <translation>Compruebe que este ordenador está conectado y que la dirección del servidor está bien escrita.</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/findings.py" line="257"/>
        <source>Try again in a minute; if it keeps failing, try your VoIP provider&apos;s SIP server instead (provider mode).</source>
        <translation>Vuelva a intentarlo dentro de un minuto; si sigue fallando, pruebe con el servidor SIP de su proveedor VoIP (modo proveedor).</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/findings.py" line="268"/>
        <source>Test calls went out and came back exactly as sent, over {transports}.</source>
        <translation>Las llamadas de prueba salieron y volvieron exactamente como se enviaron, por {transports}.</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/findings.py" line="272"/>
        <source>Your provider&apos;s server copied our test message back unchanged over {transports}. This check cannot see an ALG that perfectly undoes its own changes; a test against a reflector gives certainty.</source>
        <translation>El servidor de su proveedor nos devolvió el mensaje de prueba sin cambios por {transports}. Esta comprobación no detecta un ALG que deshaga perfectamente sus propios cambios; una prueba contra un reflector da total seguridad.</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/findings.py" line="282"/>
        <source>No SIP ALG interferes on this connection</source>
        <translation>Ningún SIP ALG interfiere en esta conexión</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/findings.py" line="296"/>
        <source>No address translation (NAT)</source>
        <translation>Sin traducción de direcciones (NAT)</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/findings.py" line="297"/>
        <source>The server sees this computer at its own address {address}.</source>
        <translation>El servidor ve este ordenador con su propia dirección {address}.</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/findings.py" line="306"/>
        <source>Your router translates addresses (NAT)</source>
        <translation>Su router traduce direcciones (NAT)</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/findings.py" line="307"/>
        <source>This computer is {local} at home and appears on the internet as {public}. That is normal and not an ALG.</source>
        <translation>Este ordenador es {local} en casa y aparece en internet como {public}. Es normal y no es un ALG.</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/findings.py" line="318"/>
        <source>One-way audio without an ALG usually means a firewall blocks the audio (RTP) ports, or the provider does not handle NAT for media; ask your provider.</source>
        <translation>El audio en un solo sentido sin ALG suele significar que un cortafuegos bloquea los puertos de audio (RTP) o que el proveedor no gestiona el NAT del audio; consulte a su proveedor.</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/findings.py" line="323"/>
        <source>Drops after 30 seconds without an ALG usually mean an answer (the ACK) is lost; check the router&apos;s firewall and ask your provider to look at a call trace.</source>
        <translation>Los cortes a los 30 segundos sin ALG suelen significar que se pierde una respuesta (el ACK); revise el cortafuegos del router y pida a su proveedor que analice una traza de llamada.</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/findings.py" line="328"/>
        <source>Phones that stop ringing are often forgotten by the router between registrations (a short UDP time-out); the binding-lifetime test measures this.</source>
        <translation>Los teléfonos que dejan de sonar suelen ser olvidados por el router entre registros (un tiempo de espera UDP corto); la prueba de duración de la conexión lo mide.</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/findings.py" line="333"/>
        <source>Calls that go to voicemail usually mean the provider could not reach the phone: a short UDP time-out in the router is the usual cause without an ALG.</source>
        <translation>Que las llamadas vayan al buzón de voz suele significar que el proveedor no pudo localizar el teléfono: sin ALG, la causa habitual es un tiempo de espera UDP corto en el router.</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/findings.py" line="338"/>
        <source>Registration that keeps dropping points at a short UDP time-out or an unstable connection; shorter re-registration intervals on the phone can help.</source>
        <translation>Si el registro se pierde a menudo, apunta a un tiempo de espera UDP corto o a una conexión inestable; acortar el intervalo de registro del teléfono puede ayudar.</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/findings.py" line="343"/>
        <source>Choppy audio is a bandwidth, Wi-Fi or jitter problem, not an ALG one: try a cable instead of Wi-Fi and pause big downloads during calls.</source>
        <translation>El audio entrecortado es un problema de ancho de banda, Wi-Fi o jitter, no de ALG: pruebe con cable en lugar de Wi-Fi y pause las descargas grandes durante las llamadas.</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/findings.py" line="355"/>
        <source>One-way audio can also come from a firewall that blocks the audio (RTP) ports, or from a provider that does not handle NAT for media; ask your provider.</source>
        <translation>El audio en un solo sentido también puede deberse a un cortafuegos que bloquea los puertos de audio (RTP) o a un proveedor que no gestiona el NAT del audio; consulte a su proveedor.</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/findings.py" line="360"/>
        <source>Drops after 30 seconds mean an answer (the ACK) is lost on the way; check the router&apos;s firewall and ask your provider to look at a call trace.</source>
        <translation>Los cortes a los 30 segundos significan que una respuesta (el ACK) se pierde por el camino; revise el cortafuegos del router y pida a su proveedor que analice una traza de llamada.</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/findings.py" line="365"/>
        <source>Calls that go to voicemail usually mean the provider could not reach the phone; a short UDP time-out in the router is another common cause.</source>
        <translation>Que las llamadas vayan al buzón de voz suele significar que el proveedor no pudo localizar el teléfono; otra causa frecuente es un tiempo de espera UDP corto en el router.</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/findings.py" line="386"/>
        <source>Explained by what we found: {title}.</source>
        <translation>Se explica por lo que hemos encontrado: {title}.</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/findings.py" line="403"/>
        <source>Your router&apos;s SIP ALG is changing your calls. Turning it off should fix this.</source>
        <translation>El SIP ALG de su router está modificando sus llamadas. Desactivarlo debería solucionarlo.</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/findings.py" line="410"/>
        <source>Calls on the standard SIP port are being swallowed on the way. A SIP ALG or a firewall rule is the likely cause.</source>
        <translation>Las llamadas en el puerto SIP estándar se pierden por el camino. La causa probable es un SIP ALG o una regla del cortafuegos.</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/findings.py" line="427"/>
        <source>No SIP ALG found: your calls pass through unchanged.</source>
        <translation>No se ha encontrado ningún SIP ALG: sus llamadas pasan sin cambios.</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/findings.py" line="433"/>
        <source>Inconclusive: the test could not get the answers it needs, so we cannot say yet.</source>
        <translation>No concluyente: la prueba no obtuvo las respuestas que necesita, así que aún no podemos decirlo.</translation>
    </message>
</context>
<context>
    <name>FixItPage</name>
    <message>
        <location filename="../../app/ui/pages/fixit.py" line="81"/>
        <source>Switch the SIP ALG off</source>
        <translation>Desactive el SIP ALG</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/fixit.py" line="83"/>
        <source>I&apos;ve &amp;switched it off — test again</source>
        <translation>Ya lo he de&amp;sactivado — probar de nuevo</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/fixit.py" line="123"/>
        <source>Check that it is off</source>
        <translation>Compruebe que está desactivado</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/fixit.py" line="127"/>
        <source>Also worth changing</source>
        <translation>También conviene cambiar</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/fixit.py" line="150"/>
        <source>When you have changed the setting and restarted the router, press “I&apos;ve switched it off — test again”.</source>
        <translation>Cuando haya cambiado el ajuste y reiniciado el router, pulse «Ya lo he desactivado — probar de nuevo».</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/fixit.py" line="157"/>
        <source>What&apos;s this? The words on this page explained</source>
        <translation>¿Qué es esto? Las palabras de esta página explicadas</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/fixit.py" line="174"/>
        <source>We could not find your router&apos;s address. It is usually printed on a label on the router, next to its password.</source>
        <translation>No hemos encontrado la dirección de su router. Suele estar impresa en una etiqueta del router, junto a su contraseña.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/fixit.py" line="181"/>
        <source>&amp;Open my router&apos;s settings</source>
        <translation>A&amp;brir la configuración de mi router</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/fixit.py" line="182"/>
        <source>Open my router&apos;s settings</source>
        <translation>Abrir la configuración de mi router</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/fixit.py" line="188"/>
        <source>Opens %s in your browser, the address of your router&apos;s own settings pages.</source>
        <translation>Abre %s en su navegador: la dirección de las páginas de configuración de su router.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/fixit.py" line="214"/>
        <source>Steps for your %s</source>
        <translation>Pasos para su %s</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/fixit.py" line="231"/>
        <source>If your router&apos;s pages look different, try these:</source>
        <translation>Si las páginas de su router se ven distintas, pruebe esto:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/pages/fixit.py" line="238"/>
        <source>These steps come in %n versions, for different looks of the settings pages. Open the one that matches what you see.</source>
        <translation>
            <numerusform>Estos pasos tienen %n versión, según el aspecto de las páginas de configuración. Abra la que coincida con lo que ve.</numerusform>
            <numerusform>Estos pasos tienen %n versiones, según el aspecto de las páginas de configuración. Abra la que coincida con lo que ve.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Guide</name>
    <message>
        <location filename="../../app/guides/render.py" line="67"/>
        <source>from the maker&apos;s own documentation</source>
        <translation>de la documentación del propio fabricante</translation>
    </message>
    <message>
        <location filename="../../app/guides/render.py" line="68"/>
        <source>from VoIP providers&apos; help pages</source>
        <translation>de las páginas de ayuda de proveedores VoIP</translation>
    </message>
    <message>
        <location filename="../../app/guides/render.py" line="69"/>
        <source>from user reports; check the menu names on your device</source>
        <translation>de informes de usuarios; compruebe los nombres de los menús en su aparato</translation>
    </message>
    <message>
        <location filename="../../app/guides/render.py" line="74"/>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <location filename="../../app/guides/render.py" line="75"/>
        <source>only partly, or not on every firmware</source>
        <translation>solo en parte, o no en todos los firmware</translation>
    </message>
    <message>
        <location filename="../../app/guides/render.py" line="76"/>
        <source>no: use a workaround</source>
        <translation>no: use una alternativa</translation>
    </message>
    <message>
        <location filename="../../app/guides/render.py" line="77"/>
        <source>there is none: this product has no SIP ALG</source>
        <translation>no tiene: este producto no tiene SIP ALG</translation>
    </message>
    <message>
        <location filename="../../app/guides/render.py" line="82"/>
        <source>What helps instead</source>
        <translation>Qué ayuda en su lugar</translation>
    </message>
    <message>
        <location filename="../../app/guides/render.py" line="84"/>
        <source>If it cannot be switched off</source>
        <translation>Si no se puede desactivar</translation>
    </message>
    <message>
        <location filename="../../app/guides/render.py" line="86"/>
        <source>Restart the router afterwards (required).</source>
        <translation>Después, reinicie el router (obligatorio).</translation>
    </message>
    <message>
        <location filename="../../app/guides/render.py" line="87"/>
        <source>Restart the router afterwards, so calls set up before the change are forgotten.</source>
        <translation>Después, reinicie el router para que olvide las llamadas establecidas antes del cambio.</translation>
    </message>
    <message>
        <location filename="../../app/guides/render.py" line="90"/>
        <source>No restart is needed.</source>
        <translation>No hace falta reiniciar.</translation>
    </message>
    <message>
        <location filename="../../app/guides/render.py" line="98"/>
        <source>This device cannot switch its SIP ALG off. Use one of the workarounds below instead.</source>
        <translation>Este aparato no puede desactivar su SIP ALG. Use una de las alternativas de abajo.</translation>
    </message>
    <message>
        <location filename="../../app/guides/render.py" line="106"/>
        <source>This device can only partly switch its SIP ALG off (or not on every firmware). If the test still finds rewriting afterwards, use a workaround below.</source>
        <translation>Este aparato solo puede desactivar su SIP ALG en parte (o no en todos los firmware). Si la prueba sigue detectando cambios después, use una alternativa de abajo.</translation>
    </message>
    <message>
        <location filename="../../app/guides/render.py" line="114"/>
        <source>This product has no SIP ALG of its own, so there is nothing to switch off. If the test found one, it is in another device on the path (for example your internet provider&apos;s modem).</source>
        <translation>Este producto no tiene SIP ALG propio, así que no hay nada que desactivar. Si la prueba encontró uno, está en otro aparato del camino (por ejemplo, el módem de su proveedor de internet).</translation>
    </message>
    <message>
        <location filename="../../app/guides/render.py" line="124"/>
        <source>Can it be switched off</source>
        <translation>¿Se puede desactivar?</translation>
    </message>
    <message>
        <location filename="../../app/guides/render.py" line="127"/>
        <source>The setting is called</source>
        <translation>El ajuste se llama</translation>
    </message>
    <message>
        <location filename="../../app/guides/render.py" line="129"/>
        <source>Source of these steps</source>
        <translation>Origen de estos pasos</translation>
    </message>
    <message>
        <location filename="../../app/guides/render.py" line="132"/>
        <source>Last checked</source>
        <translation>Última comprobación</translation>
    </message>
    <message>
        <location filename="../../app/guides/render.py" line="133"/>
        <source>Restart</source>
        <translation>Reinicio</translation>
    </message>
</context>
<context>
    <name>Jargon</name>
    <message>
        <location filename="../../app/ui/jargon.py" line="32"/>
        <source>SIP: the language internet phones use to set up calls.</source>
        <translation>SIP: el lenguaje que usan los teléfonos por internet para establecer llamadas.</translation>
    </message>
    <message>
        <location filename="../../app/ui/jargon.py" line="33"/>
        <source>SIP ALG: a &apos;helper&apos; built into many routers that rewrites phone messages on the way through. It often breaks calls instead of helping.</source>
        <translation>SIP ALG: un «ayudante» integrado en muchos routers que reescribe los mensajes telefónicos a su paso. A menudo estropea las llamadas en lugar de ayudar.</translation>
    </message>
    <message>
        <location filename="../../app/ui/jargon.py" line="38"/>
        <source>UDP and TCP: two ways of sending data over the internet. Most phones use UDP; some use TCP.</source>
        <translation>UDP y TCP: dos formas de enviar datos por internet. La mayoría de los teléfonos usan UDP; algunos usan TCP.</translation>
    </message>
    <message>
        <location filename="../../app/ui/jargon.py" line="43"/>
        <source>NAT: your router shares one internet address between all your devices. That is normal and not a problem by itself.</source>
        <translation>NAT: su router comparte una dirección de internet entre todos sus aparatos. Es normal y, por sí solo, no es un problema.</translation>
    </message>
    <message>
        <location filename="../../app/ui/jargon.py" line="48"/>
        <source>RTP: how the sound of a call travels, separately from the call set-up.</source>
        <translation>RTP: cómo viaja el sonido de una llamada, por separado del establecimiento de la llamada.</translation>
    </message>
    <message>
        <location filename="../../app/ui/jargon.py" line="51"/>
        <source>Binding lifetime (idle-connection test): how long your router remembers a quiet phone connection. If it forgets too soon, incoming calls cannot reach the phone.</source>
        <translation>Duración de la conexión (prueba de conexión inactiva): cuánto tiempo recuerda su router una conexión telefónica en silencio. Si la olvida demasiado pronto, las llamadas entrantes no llegan al teléfono.</translation>
    </message>
    <message>
        <location filename="../../app/ui/jargon.py" line="56"/>
        <source>Test server (reflector): a server that sends back exactly what reached it, so the tool can compare it with what was sent and see what your router changed.</source>
        <translation>Servidor de pruebas (reflector): un servidor que devuelve exactamente lo que le llegó, para que la herramienta pueda compararlo con lo que se envió y ver qué cambió su router.</translation>
    </message>
    <message>
        <location filename="../../app/ui/jargon.py" line="61"/>
        <source>Provider mode: the test talks to your phone provider&apos;s own server instead of a SIP ALG Doctor test server. It shows less detail, but needs no test server.</source>
        <translation>Modo proveedor: la prueba habla con el propio servidor de su proveedor de telefonía en lugar de con un servidor de pruebas de SIP ALG Doctor. Muestra menos detalles, pero no necesita servidor de pruebas.</translation>
    </message>
    <message>
        <location filename="../../app/ui/jargon.py" line="67"/>
        <source>MOS: a call-quality score from 1 (unusable) to 5 (perfect), estimated from the measured loss, delay and jitter. Above 4 sounds clear.</source>
        <translation>MOS: una nota de la calidad de la llamada de 1 (inutilizable) a 5 (perfecta), estimada a partir de la pérdida, el retardo y el jitter medidos. Por encima de 4 se oye con claridad.</translation>
    </message>
    <message>
        <location filename="../../app/ui/jargon.py" line="72"/>
        <source>Jitter: how unevenly the pieces of sound arrive. A lot of it makes voices stutter or sound robotic.</source>
        <translation>Jitter: lo irregular que llegan los trozos de sonido. Mucho jitter hace que las voces se entrecorten o suenen robóticas.</translation>
    </message>
    <message>
        <location filename="../../app/ui/jargon.py" line="77"/>
        <source>SDP: the part of a call set-up that says where the sound should be sent.</source>
        <translation>SDP: la parte del establecimiento de una llamada que dice adónde hay que enviar el sonido.</translation>
    </message>
    <message>
        <location filename="../../app/ui/jargon.py" line="81"/>
        <source>INVITE, ACK, BYE: the call set-up, the confirmation that the call was answered, and the hang-up.</source>
        <translation>INVITE, ACK, BYE: el establecimiento de la llamada, la confirmación de que se contestó la llamada y el aviso de colgar.</translation>
    </message>
    <message>
        <location filename="../../app/ui/jargon.py" line="137"/>
        <source>What&apos;s this?</source>
        <translation>¿Qué es esto?</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <location filename="../../app/ui/language.py" line="30"/>
        <source>System default</source>
        <translation>Idioma del sistema</translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <location filename="../../app/ui/pages/base.py" line="89"/>
        <source>Checking your router and connection…</source>
        <translation>Comprobando su router y su conexión…</translation>
    </message>
</context>
<context>
    <name>ProviderPicker</name>
    <message>
        <location filename="../../app/ui/provider_picker.py" line="68"/>
        <source>Type your provider&apos;s name</source>
        <translation>Escriba el nombre de su proveedor</translation>
    </message>
    <message>
        <location filename="../../app/ui/provider_picker.py" line="69"/>
        <source>Search for your phone service provider</source>
        <translation>Busque su proveedor de servicio telefónico</translation>
    </message>
    <message>
        <location filename="../../app/ui/provider_picker.py" line="73"/>
        <source>Phone service providers</source>
        <translation>Proveedores de servicio telefónico</translation>
    </message>
    <message>
        <location filename="../../app/ui/provider_picker.py" line="75"/>
        <source>About the search</source>
        <translation>Acerca de la búsqueda</translation>
    </message>
    <message>
        <location filename="../../app/ui/provider_picker.py" line="76"/>
        <source>Enter the server from my phone&apos;s settings</source>
        <translation>Introducir el servidor de la configuración de mi teléfono</translation>
    </message>
    <message>
        <location filename="../../app/ui/provider_picker.py" line="77"/>
        <source>I don&apos;t know</source>
        <translation>No lo sé</translation>
    </message>
    <message>
        <location filename="../../app/ui/provider_picker.py" line="78"/>
        <source>I don&apos;t know my provider&apos;s server</source>
        <translation>No sé el servidor de mi proveedor</translation>
    </message>
    <message>
        <location filename="../../app/ui/provider_picker.py" line="133"/>
        <source>The list of providers could not be read.</source>
        <translation>No se pudo leer la lista de proveedores.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/provider_picker.py" line="146"/>
        <source>Type your provider&apos;s name to search all %n providers we know.</source>
        <translation>
            <numerusform>Escriba el nombre de su proveedor para buscar entre el %n proveedor que conocemos.</numerusform>
            <numerusform>Escriba el nombre de su proveedor para buscar entre los %n proveedores que conocemos.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/provider_picker.py" line="158"/>
        <source>We don&apos;t know a provider called “%s”.</source>
        <translation>No conocemos ningún proveedor llamado «%s».</translation>
    </message>
    <message>
        <location filename="../../app/ui/provider_picker.py" line="160"/>
        <source>Is it one of these?</source>
        <translation>¿Es uno de estos?</translation>
    </message>
    <message>
        <location filename="../../app/ui/provider_picker.py" line="162"/>
        <source>Otherwise enter the server from your phone&apos;s settings, or choose “I don&apos;t know”.</source>
        <translation>Si no, introduzca el servidor de la configuración de su teléfono o elija «No lo sé».</translation>
    </message>
    <message>
        <location filename="../../app/ui/provider_picker.py" line="197"/>
        <source>It publishes no server name.</source>
        <translation>No publica ningún nombre de servidor.</translation>
    </message>
    <message>
        <location filename="../../app/ui/provider_picker.py" line="199"/>
        <source>%s: %s Enter the server from your phone&apos;s settings instead.</source>
        <translation>%s: %s Introduzca en su lugar el servidor de la configuración de su teléfono.</translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <location filename="../../app/ui/pages/report.py" line="59"/>
        <source>Your report</source>
        <translation>Su informe</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/report.py" line="60"/>
        <source>Keep it, or send it to your VoIP provider&apos;s support.</source>
        <translation>Guárdelo o envíelo al soporte de su proveedor VoIP.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/report.py" line="69"/>
        <source>The server tested</source>
        <translation>El servidor probado</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/report.py" line="71"/>
        <source>Summary for a support request:</source>
        <translation>Resumen para una solicitud de soporte:</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/report.py" line="75"/>
        <source>Report summary</source>
        <translation>Resumen del informe</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/report.py" line="76"/>
        <source>&amp;Hide my public IP address in the report</source>
        <translation>&amp;Ocultar mi dirección IP pública en el informe</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/report.py" line="77"/>
        <source>Hide my public IP address</source>
        <translation>Ocultar mi dirección IP pública</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/report.py" line="80"/>
        <source>Copy for my &amp;provider</source>
        <translation>Copiar para mi &amp;proveedor</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/report.py" line="81"/>
        <source>Copy the summary for my provider</source>
        <translation>Copiar el resumen para mi proveedor</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/report.py" line="82"/>
        <source>Save as &amp;web page…</source>
        <translation>Guardar como página &amp;web…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/report.py" line="83"/>
        <source>Save as &amp;JSON…</source>
        <translation>Guardar como &amp;JSON…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/report.py" line="84"/>
        <source>Open the &amp;folder</source>
        <translation>Abrir la carpe&amp;ta</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/report.py" line="89"/>
        <source>Where the report was saved</source>
        <translation>Dónde se guardó el informe</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/report.py" line="178"/>
        <source>there is no folder to save it in</source>
        <translation>no hay ninguna carpeta donde guardarlo</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/report.py" line="196"/>
        <source>A copy of this report was saved to: %s</source>
        <translation>Se guardó una copia de este informe en: %s</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/report.py" line="203"/>
        <source>A copy could not be saved automatically (%s). Use “Save as web page…”.</source>
        <translation>No se pudo guardar una copia automáticamente (%s). Use «Guardar como página web…».</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/report.py" line="213"/>
        <source>Copied. Paste it into your message to your provider.</source>
        <translation>Copiado. Péguelo en su mensaje para el proveedor.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/report.py" line="219"/>
        <source>Web page (*.html)</source>
        <translation>Página web (*.html)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/report.py" line="219"/>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/report.py" line="220"/>
        <source>Save report</source>
        <translation>Guardar informe</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/report.py" line="235"/>
        <source>The report could not be saved to %s: %s</source>
        <translation>No se pudo guardar el informe en %s: %s</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/report.py" line="238"/>
        <source>Saved to %s</source>
        <translation>Guardado en %s</translation>
    </message>
</context>
<context>
    <name>ResultWords</name>
    <message>
        <location filename="../../app/ui/result_words.py" line="54"/>
        <source>This is the likely cause of what you noticed (%s): switching it off should fix it.</source>
        <translation>Esta es la causa probable de lo que ha notado (%s): desactivarlo debería solucionarlo.</translation>
    </message>
    <message>
        <location filename="../../app/ui/result_words.py" line="59"/>
        <source>It rewrites the addresses your phones send, which breaks calls (one-way audio, calls that drop or never ring); switching it off should fix it.</source>
        <translation>Reescribe las direcciones que envían sus teléfonos, lo que estropea las llamadas (audio en un solo sentido, llamadas que se cortan o que nunca suenan); desactivarlo debería solucionarlo.</translation>
    </message>
    <message>
        <location filename="../../app/ui/result_words.py" line="66"/>
        <source>This is the likely cause of what you noticed (%s): your router&apos;s SIP ALG or a firewall rule swallows phone traffic on its usual port.</source>
        <translation>Esta es la causa probable de lo que ha notado (%s): el SIP ALG de su router o una regla del cortafuegos bloquea el tráfico telefónico en su puerto habitual.</translation>
    </message>
    <message>
        <location filename="../../app/ui/result_words.py" line="71"/>
        <source>Your router&apos;s SIP ALG or a firewall rule swallows phone traffic on its usual port, so phones may fail to register or to ring.</source>
        <translation>El SIP ALG de su router o una regla del cortafuegos bloquea el tráfico telefónico en su puerto habitual, por lo que puede que los teléfonos no logren registrarse o no suenen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/result_words.py" line="78"/>
        <source>Your router passes calls through unchanged, so something else causes what you noticed (%s); the steps below list the usual causes.</source>
        <translation>Su router deja pasar las llamadas sin cambios, así que lo que ha notado (%s) se debe a otra cosa; los pasos siguientes enumeran las causas habituales.</translation>
    </message>
    <message>
        <location filename="../../app/ui/result_words.py" line="83"/>
        <source>Your router passes calls through unchanged: there is nothing to switch off.</source>
        <translation>Su router deja pasar las llamadas sin cambios: no hay nada que desactivar.</translation>
    </message>
    <message>
        <location filename="../../app/ui/result_words.py" line="88"/>
        <source>The test was stopped before it finished, so it says nothing about your router yet.</source>
        <translation>La prueba se detuvo antes de terminar, así que todavía no dice nada sobre su router.</translation>
    </message>
    <message>
        <location filename="../../app/ui/result_words.py" line="92"/>
        <source>The test got no usable answers, so it says nothing about your router yet; this is usually the connection or the server, not your router.</source>
        <translation>La prueba no obtuvo respuestas útiles, así que todavía no dice nada sobre su router; normalmente se debe a la conexión o al servidor, no a su router.</translation>
    </message>
    <message>
        <location filename="../../app/ui/result_words.py" line="107"/>
        <source>Your router changed calls sent over UDP, the usual way phones connect.</source>
        <translation>Su router modificó las llamadas enviadas por UDP, la forma habitual en que se conectan los teléfonos.</translation>
    </message>
    <message>
        <location filename="../../app/ui/result_words.py" line="112"/>
        <source>Your router changed calls sent over %s.</source>
        <translation>Su router modificó las llamadas enviadas por %s.</translation>
    </message>
    <message>
        <location filename="../../app/ui/result_words.py" line="119"/>
        <source>Calls sent over UDP, the usual way phones connect, passed unchanged.</source>
        <translation>Las llamadas enviadas por UDP, la forma habitual en que se conectan los teléfonos, pasaron sin cambios.</translation>
    </message>
    <message>
        <location filename="../../app/ui/result_words.py" line="124"/>
        <source>Calls over %s passed unchanged.</source>
        <translation>Las llamadas por %s pasaron sin cambios.</translation>
    </message>
    <message>
        <location filename="../../app/ui/result_words.py" line="129"/>
        <source>Calls sent over UDP, the usual way phones connect, were swallowed.</source>
        <translation>Las llamadas enviadas por UDP, la forma habitual en que se conectan los teléfonos, se bloquearon.</translation>
    </message>
    <message>
        <location filename="../../app/ui/result_words.py" line="134"/>
        <source>Calls over %s were swallowed.</source>
        <translation>Las llamadas por %s se bloquearon.</translation>
    </message>
    <message>
        <location filename="../../app/ui/result_words.py" line="139"/>
        <source>Calls sent over UDP, the usual way phones connect, got no answer.</source>
        <translation>Las llamadas enviadas por UDP, la forma habitual en que se conectan los teléfonos, no obtuvieron respuesta.</translation>
    </message>
    <message>
        <location filename="../../app/ui/result_words.py" line="144"/>
        <source>Calls over %s got no answer.</source>
        <translation>Las llamadas por %s no obtuvieron respuesta.</translation>
    </message>
    <message>
        <location filename="../../app/ui/result_words.py" line="165"/>
        <source>Switch the SIP ALG off: “Show me how to switch it off” shows how.</source>
        <translation>Desactive el SIP ALG: «Muéstreme cómo desactivarlo» le indica cómo.</translation>
    </message>
    <message>
        <location filename="../../app/ui/result_words.py" line="185"/>
        <source>Nothing to change on your router. If calls still misbehave, save a report and send it to your provider.</source>
        <translation>No hay nada que cambiar en su router. Si las llamadas siguen fallando, guarde un informe y envíelo a su proveedor.</translation>
    </message>
    <message>
        <location filename="../../app/ui/result_words.py" line="209"/>
        <source>%s and %s</source>
        <translation>%s y %s</translation>
    </message>
    <message>
        <location filename="../../app/ui/result_words.py" line="223"/>
        <source>SIP ALG Doctor found that my router rewrites SIP messages sent over %s (a SIP ALG). I am switching it off; if the problem stays, please check a call trace.</source>
        <translation>SIP ALG Doctor ha detectado que mi router reescribe los mensajes SIP enviados por %s (un SIP ALG). Voy a desactivarlo; si el problema continúa, revisen una traza de llamada, por favor.</translation>
    </message>
    <message>
        <location filename="../../app/ui/result_words.py" line="229"/>
        <source>SIP ALG Doctor found that SIP messages over %s to port %s are dropped on my connection, while another port works. Can my phones use another port or SIP over TLS?</source>
        <translation>SIP ALG Doctor ha detectado que en mi conexión se descartan los mensajes SIP por %s al puerto %s, mientras que otro puerto funciona. ¿Pueden mis teléfonos usar otro puerto o SIP sobre TLS?</translation>
    </message>
    <message>
        <location filename="../../app/ui/result_words.py" line="237"/>
        <source>SIP ALG Doctor found no SIP ALG on my connection: SIP messages pass unchanged.</source>
        <translation>SIP ALG Doctor no ha encontrado ningún SIP ALG en mi conexión: los mensajes SIP pasan sin cambios.</translation>
    </message>
    <message>
        <location filename="../../app/ui/result_words.py" line="242"/>
        <source>Still, I have this problem: %s. Please check a call trace.</source>
        <translation>Aun así, tengo este problema: %s. Revisen una traza de llamada, por favor.</translation>
    </message>
    <message>
        <location filename="../../app/ui/result_words.py" line="246"/>
        <source>SIP ALG Doctor could not get an answer from its test server, so it could not check my connection for a SIP ALG yet.</source>
        <translation>SIP ALG Doctor no ha obtenido respuesta de su servidor de prueba, así que todavía no ha podido comprobar si mi conexión tiene un SIP ALG.</translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <location filename="../../app/ui/pages/results.py" line="74"/>
        <source>Results</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/results.py" line="75"/>
        <source>What the test found, and what to do next.</source>
        <translation>Lo que encontró la prueba y qué hacer a continuación.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/results.py" line="88"/>
        <source>Verdict</source>
        <translation>Veredicto</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/results.py" line="90"/>
        <source>What it means</source>
        <translation>Qué significa</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/results.py" line="92"/>
        <source>What happened to each kind of call</source>
        <translation>Qué pasó con cada tipo de llamada</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/results.py" line="94"/>
        <source>What&apos;s this? SIP, ALG, UDP and TCP explained</source>
        <translation>¿Qué es esto? SIP, ALG, UDP y TCP explicados</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/results.py" line="101"/>
        <source>The server tested</source>
        <translation>El servidor probado</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/results.py" line="104"/>
        <source>What to do next</source>
        <translation>Qué hacer a continuación</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/results.py" line="106"/>
        <source>Another way on</source>
        <translation>Otra salida</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/results.py" line="126"/>
        <source>What to do</source>
        <translation>Qué hacer</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/results.py" line="130"/>
        <source>What&apos;s this? The words in the steps explained</source>
        <translation>¿Qué es esto? Las palabras de los pasos explicadas</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/results.py" line="139"/>
        <source>What to tell your provider</source>
        <translation>Qué decirle a su proveedor</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/results.py" line="140"/>
        <location filename="../../app/ui/pages/results.py" line="218"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/results.py" line="141"/>
        <source>Copy what to tell your provider</source>
        <translation>Copiar lo que debe decirle a su proveedor</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/results.py" line="148"/>
        <location filename="../../app/ui/pages/results.py" line="222"/>
        <source>What your router changed — for your provider</source>
        <translation>Lo que cambió su router — para su proveedor</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/results.py" line="154"/>
        <source>Details of what was found</source>
        <translation>Detalles de lo encontrado</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/results.py" line="197"/>
        <source>How sure we are: %s</source>
        <translation>Grado de seguridad: %s</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/results.py" line="224"/>
        <source>Details — for your provider</source>
        <translation>Detalles — para su proveedor</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/results.py" line="275"/>
        <source>Show me how to &amp;switch it off</source>
        <translation>Muéstreme cómo &amp;desactivarlo</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/results.py" line="278"/>
        <source>&amp;Try again</source>
        <translation>&amp;Volver a intentarlo</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/results.py" line="279"/>
        <source>Use another se&amp;rver</source>
        <translation>Usar otro se&amp;rvidor</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/results.py" line="281"/>
        <source>Run the &amp;idle-connection test</source>
        <translation>Hacer la prueba de conexión &amp;inactiva</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/results.py" line="282"/>
        <location filename="../../app/ui/pages/results.py" line="284"/>
        <source>Save a re&amp;port</source>
        <translation>Guardar un in&amp;forme</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/results.py" line="296"/>
        <source>Tests again whether your router forgets a quiet phone connection, which stops phones from ringing. Adds a few minutes.</source>
        <translation>Vuelve a comprobar si su router olvida una conexión telefónica en silencio, lo que hace que los teléfonos no suenen. Añade unos minutos.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/results.py" line="319"/>
        <source>Copied</source>
        <translation>Copiado</translation>
    </message>
</context>
<context>
    <name>RouterPage</name>
    <message>
        <location filename="../../app/ui/pages/router.py" line="24"/>
        <source>Your router</source>
        <translation>Su router</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/router.py" line="26"/>
        <source>Pick the router (or firewall) that connects you to the internet.</source>
        <translation>Elija el router (o cortafuegos) que le conecta a internet.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/router.py" line="30"/>
        <source>Identified router</source>
        <translation>Router identificado</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/router.py" line="52"/>
        <source>We recognised your router (&lt;b&gt;%s&lt;/b&gt;), but there is no guide for it yet, so “Not listed / I don&apos;t know” is chosen: its steps work on any router.</source>
        <translation>Hemos reconocido su router (&lt;b&gt;%s&lt;/b&gt;), pero todavía no hay una guía para él, así que se ha elegido «No está en la lista / No lo sé»: sus pasos sirven para cualquier router.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/router.py" line="56"/>
        <source>see below</source>
        <translation>vea abajo</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/router.py" line="60"/>
        <source>We think your router is a &lt;b&gt;%s&lt;/b&gt;.</source>
        <translation>Creemos que su router es un &lt;b&gt;%s&lt;/b&gt;.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/router.py" line="61"/>
        <source>How we know:</source>
        <translation>Cómo lo sabemos:</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/router.py" line="63"/>
        <source>If that is wrong, search for yours below.</source>
        <translation>Si no es correcto, busque el suyo abajo.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/router.py" line="70"/>
        <source>We could not tell which router you have. Search for it below, or go on with “Not listed / I don&apos;t know”: its steps work on any router.</source>
        <translation>No hemos podido saber qué router tiene. Búsquelo abajo o continúe con «No está en la lista / No lo sé»: sus pasos sirven para cualquier router.</translation>
    </message>
</context>
<context>
    <name>RouterPicker</name>
    <message>
        <location filename="../../app/ui/router_picker.py" line="108"/>
        <source>Type a brand or model, e.g. TP-Link Archer</source>
        <translation>Escriba una marca o modelo, p. ej. TP-Link Archer</translation>
    </message>
    <message>
        <location filename="../../app/ui/router_picker.py" line="109"/>
        <source>Search for your router</source>
        <translation>Busque su router</translation>
    </message>
    <message>
        <location filename="../../app/ui/router_picker.py" line="111"/>
        <source>Type to search; the arrow keys move through the routers below.</source>
        <translation>Escriba para buscar; las flechas del teclado recorren los routers de abajo.</translation>
    </message>
    <message>
        <location filename="../../app/ui/router_picker.py" line="116"/>
        <source>About the search</source>
        <translation>Acerca de la búsqueda</translation>
    </message>
    <message>
        <location filename="../../app/ui/router_picker.py" line="119"/>
        <source>Routers</source>
        <translation>Routers</translation>
    </message>
    <message>
        <location filename="../../app/ui/router_picker.py" line="122"/>
        <source>Grouped by kind. The first entry, Not listed / I don&apos;t know, gives steps that work on any router.</source>
        <translation>Agrupados por tipo. La primera opción, No está en la lista / No lo sé, da pasos que sirven para cualquier router.</translation>
    </message>
    <message>
        <location filename="../../app/ui/router_picker.py" line="194"/>
        <source>Not in the list? Choose “Not listed / I don&apos;t know” at the top.</source>
        <translation>¿No está en la lista? Elija «No está en la lista / No lo sé» arriba del todo.</translation>
    </message>
    <message>
        <location filename="../../app/ui/router_picker.py" line="206"/>
        <source>“%s” does not name a brand or model (they are printed on the router&apos;s label).</source>
        <translation>«%s» no es una marca ni un modelo (vienen impresos en la etiqueta del router).</translation>
    </message>
    <message>
        <location filename="../../app/ui/router_picker.py" line="213"/>
        <source>%s has no guide of its own yet, and the steps for the maker&apos;s other products do not apply to it.</source>
        <translation>%s todavía no tiene guía propia, y los pasos de otros productos del fabricante no sirven para él.</translation>
    </message>
    <message>
        <location filename="../../app/ui/router_picker.py" line="219"/>
        <source>No guide matches “%s”.</source>
        <translation>Ninguna guía coincide con «%s».</translation>
    </message>
    <message>
        <location filename="../../app/ui/router_picker.py" line="223"/>
        <source>“Not listed / I don&apos;t know” is chosen: its steps work on any router.</source>
        <translation>Se ha elegido «No está en la lista / No lo sé»: sus pasos sirven para cualquier router.</translation>
    </message>
    <message>
        <location filename="../../app/ui/router_picker.py" line="231"/>
        <source>Not listed / I don&apos;t know</source>
        <translation>No está en la lista / No lo sé</translation>
    </message>
    <message>
        <location filename="../../app/ui/router_picker.py" line="233"/>
        <source>General steps that work on any router</source>
        <translation>Pasos generales que sirven para cualquier router</translation>
    </message>
    <message>
        <location filename="../../app/ui/router_picker.py" line="238"/>
        <source>Home routers</source>
        <translation>Routers domésticos</translation>
    </message>
    <message>
        <location filename="../../app/ui/router_picker.py" line="239"/>
        <source>Boxes from your internet provider</source>
        <translation>Aparatos de su proveedor de internet</translation>
    </message>
    <message>
        <location filename="../../app/ui/router_picker.py" line="240"/>
        <source>Mesh Wi-Fi</source>
        <translation>Wi-Fi en malla (mesh)</translation>
    </message>
    <message>
        <location filename="../../app/ui/router_picker.py" line="241"/>
        <source>Mobile internet (4G/5G) routers</source>
        <translation>Routers de internet móvil (4G/5G)</translation>
    </message>
    <message>
        <location filename="../../app/ui/router_picker.py" line="242"/>
        <source>Business routers and firewalls</source>
        <translation>Routers y cortafuegos para empresas</translation>
    </message>
    <message>
        <location filename="../../app/ui/router_picker.py" line="243"/>
        <source>Other routers</source>
        <translation>Otros routers</translation>
    </message>
    <message>
        <location filename="../../app/ui/router_picker.py" line="263"/>
        <source>Group: %s</source>
        <translation>Grupo: %s</translation>
    </message>
</context>
<context>
    <name>ServerWords</name>
    <message>
        <location filename="../../app/ui/words.py" line="49"/>
        <location filename="../../app/ui/words.py" line="53"/>
        <source>Tested against %s.</source>
        <translation>Probado con %s.</translation>
    </message>
    <message>
        <location filename="../../app/ui/words.py" line="55"/>
        <source>Tested against %s (%s).</source>
        <translation>Probado con %s (%s).</translation>
    </message>
    <message>
        <location filename="../../app/ui/words.py" line="60"/>
        <source>No answer from: %s.</source>
        <translation>Sin respuesta de: %s.</translation>
    </message>
</context>
<context>
    <name>SetupPage</name>
    <message>
        <location filename="../../app/ui/pages/setup.py" line="76"/>
        <source>Who provides your phone service?</source>
        <translation>¿Quién le da el servicio telefónico?</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/setup.py" line="79"/>
        <source>The test messages go to this server and back. Not sure? “I don&apos;t know” works too.</source>
        <translation>Los mensajes de prueba van a este servidor y vuelven. ¿No está seguro? «No lo sé» también sirve.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/setup.py" line="89"/>
        <source>Test against your provider&apos;s test server</source>
        <translation>Probar contra el servidor de pruebas de su proveedor</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/setup.py" line="91"/>
        <source>My provider is:</source>
        <translation>Mi proveedor es:</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/setup.py" line="92"/>
        <source>Choose my provider from the list</source>
        <translation>Elegir mi proveedor de la lista</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/setup.py" line="95"/>
        <source>The server in my phone&apos;s settings:</source>
        <translation>El servidor de la configuración de mi teléfono:</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/setup.py" line="96"/>
        <source>Test against the server in my phone&apos;s settings</source>
        <translation>Probar contra el servidor de la configuración de mi teléfono</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/setup.py" line="98"/>
        <source>e.g. sip.myprovider.com</source>
        <translation>p. ej. sip.miproveedor.com</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/setup.py" line="99"/>
        <source>SIP server from my phone&apos;s settings</source>
        <translation>Servidor SIP de la configuración de mi teléfono</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/setup.py" line="102"/>
        <source>Problem with the address</source>
        <translation>Problema con la dirección</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/setup.py" line="105"/>
        <source>The &apos;SIP server&apos;, &apos;domain&apos;, &apos;registrar&apos; or &apos;proxy&apos; in your phone&apos;s or adapter&apos;s account settings.</source>
        <translation>El «servidor SIP», «dominio», «registrar» o «proxy» de la configuración de la cuenta de su teléfono o adaptador.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/setup.py" line="110"/>
        <source>I don&apos;t know</source>
        <translation>No lo sé</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/setup.py" line="111"/>
        <source>I don&apos;t know my provider&apos;s server</source>
        <translation>No sé el servidor de mi proveedor</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/setup.py" line="115"/>
        <source>Advanced: a SIP ALG Doctor test server</source>
        <translation>Avanzado: un servidor de pruebas de SIP ALG Doctor</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/setup.py" line="116"/>
        <source>Show the test server option</source>
        <translation>Mostrar la opción de servidor de pruebas</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/setup.py" line="121"/>
        <source>A SIP ALG Doctor test server:</source>
        <translation>Un servidor de pruebas de SIP ALG Doctor:</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/setup.py" line="123"/>
        <source>Test against a SIP ALG Doctor test server</source>
        <translation>Probar contra un servidor de pruebas de SIP ALG Doctor</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/setup.py" line="126"/>
        <source>e.g. reflector.myprovider.com</source>
        <translation>p. ej. reflector.miproveedor.com</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/setup.py" line="127"/>
        <source>Test server address</source>
        <translation>Dirección del servidor de pruebas</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/setup.py" line="130"/>
        <source>Problem with the test server address</source>
        <translation>Problema con la dirección del servidor de pruebas</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/setup.py" line="133"/>
        <source>Your provider&apos;s support may give you one. It sees exactly what your router changes, in both directions.</source>
        <translation>Puede que el soporte de su proveedor le facilite uno. Ve exactamente lo que cambia su router, en ambos sentidos.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/setup.py" line="144"/>
        <source>Also measure how long my router keeps idle phone connections open (adds a few minutes)</source>
        <translation>Medir también cuánto tiempo mantiene mi router abiertas las conexiones telefónicas inactivas (añade unos minutos)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/setup.py" line="148"/>
        <source>Measure connection lifetime</source>
        <translation>Medir la duración de la conexión</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/setup.py" line="151"/>
        <source>What will be contacted</source>
        <translation>Qué se va a contactar</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/setup.py" line="185"/>
        <source>What&apos;s this? The words on this page explained</source>
        <translation>¿Qué es esto? Las palabras de esta página explicadas</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/setup.py" line="219"/>
        <source>Your provider&apos;s test server (%s)</source>
        <translation>El servidor de pruebas de su proveedor (%s)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/setup.py" line="221"/>
        <source>Your provider&apos;s server (%s)</source>
        <translation>El servidor de su proveedor (%s)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/setup.py" line="228"/>
        <source>What this cannot check:</source>
        <translation>Lo que esto no puede comprobar:</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/setup.py" line="315"/>
        <source>We will send a few harmless test messages (SIP OPTIONS) to %s.</source>
        <translation>Enviaremos unos cuantos mensajes de prueba inofensivos (SIP OPTIONS) a %s.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/setup.py" line="317"/>
        <source>We will send a few test calls to the SIP ALG Doctor test server %s, which sends back exactly what arrived.</source>
        <translation>Enviaremos unas cuantas llamadas de prueba al servidor de pruebas de SIP ALG Doctor %s, que devuelve exactamente lo que le llegó.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/setup.py" line="326"/>
        <source>Choose your provider in the list, or one of the other ways.</source>
        <translation>Elija su proveedor en la lista o use una de las otras opciones.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/setup.py" line="330"/>
        <source>%s publishes no server we can test. Enter the server from your phone&apos;s settings, or choose “I don&apos;t know”.</source>
        <translation>%s no publica ningún servidor que podamos probar. Introduzca el servidor de la configuración de su teléfono o elija «No lo sé».</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/setup.py" line="333"/>
        <source>%s&apos;s server %s</source>
        <translation>Servidor de %s: %s</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/setup.py" line="338"/>
        <source>We will send a few harmless test messages (SIP OPTIONS) to public SIP services such as %s, one after the other until one answers.</source>
        <translation>Enviaremos unos cuantos mensajes de prueba inofensivos (SIP OPTIONS) a servicios SIP públicos como %s, uno tras otro hasta que uno responda.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/setup.py" line="344"/>
        <source>Enter the server from your phone&apos;s settings.</source>
        <translation>Introduzca el servidor de la configuración de su teléfono.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/setup.py" line="347"/>
        <source>Enter the test server&apos;s address.</source>
        <translation>Introduzca la dirección del servidor de pruebas.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/setup.py" line="361"/>
        <source>Please check the address: %s</source>
        <translation>Compruebe la dirección: %s</translation>
    </message>
</context>
<context>
    <name>Symptoms</name>
    <message>
        <location filename="../../app/diagnosis/symptoms.py" line="38"/>
        <source>One-way audio</source>
        <translation>Audio en un solo sentido</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/symptoms.py" line="39"/>
        <source>You can hear them but they cannot hear you, or the other way round.</source>
        <translation>Usted oye a la otra persona pero ella no le oye, o al revés.</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/symptoms.py" line="45"/>
        <source>Calls drop about 30 seconds after answering</source>
        <translation>Las llamadas se cortan unos 30 segundos después de contestar</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/symptoms.py" line="46"/>
        <source>The call connects, then cuts off after roughly half a minute.</source>
        <translation>La llamada se conecta y luego se corta al cabo de medio minuto más o menos.</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/symptoms.py" line="52"/>
        <source>The phone does not ring</source>
        <translation>El teléfono no suena</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/symptoms.py" line="53"/>
        <source>People say they called, but your phone never rang.</source>
        <translation>Le dicen que le han llamado, pero su teléfono nunca sonó.</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/symptoms.py" line="57"/>
        <source>Calls go straight to voicemail</source>
        <translation>Las llamadas van directamente al buzón de voz</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/symptoms.py" line="58"/>
        <source>Callers reach your voicemail without your phone ringing.</source>
        <translation>Quien llama llega a su buzón de voz sin que suene su teléfono.</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/symptoms.py" line="62"/>
        <source>The phone keeps losing registration</source>
        <translation>El teléfono pierde el registro una y otra vez</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/symptoms.py" line="63"/>
        <source>The phone shows &apos;not registered&apos; or &apos;no service&apos; now and then.</source>
        <translation>El teléfono muestra «no registrado» o «sin servicio» de vez en cuando.</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/symptoms.py" line="69"/>
        <source>Choppy or robotic audio</source>
        <translation>Audio entrecortado o robótico</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/symptoms.py" line="70"/>
        <source>Voices break up, stutter or sound metallic.</source>
        <translation>Las voces se cortan, tartamudean o suenan metálicas.</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/symptoms.py" line="74"/>
        <source>Not sure</source>
        <translation>No estoy seguro</translation>
    </message>
    <message>
        <location filename="../../app/diagnosis/symptoms.py" line="75"/>
        <source>Something is wrong with calls but it is hard to describe.</source>
        <translation>Algo falla en las llamadas, pero es difícil de describir.</translation>
    </message>
</context>
<context>
    <name>SymptomsPage</name>
    <message>
        <location filename="../../app/ui/pages/symptoms.py" line="16"/>
        <source>What happens with your calls?</source>
        <translation>¿Qué pasa con sus llamadas?</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/symptoms.py" line="19"/>
        <source>Tick everything that sounds familiar. This is optional; it helps explain the results.</source>
        <translation>Marque todo lo que le suene. Es opcional; ayuda a explicar los resultados.</translation>
    </message>
</context>
<context>
    <name>TestCall</name>
    <message>
        <location filename="../../app/pipeline/test_call.py" line="92"/>
        <source>The test was stopped before the call.</source>
        <translation>La prueba se detuvo antes de la llamada.</translation>
    </message>
    <message>
        <location filename="../../app/pipeline/test_call.py" line="95"/>
        <source>A test call needs a SIP ALG Doctor test server (reflector).</source>
        <translation>Una llamada de prueba necesita un servidor de pruebas de SIP ALG Doctor (reflector).</translation>
    </message>
    <message>
        <location filename="../../app/pipeline/test_call.py" line="100"/>
        <source>The test server never answered, so no call was made.</source>
        <translation>El servidor de pruebas nunca respondió, así que no se hizo ninguna llamada.</translation>
    </message>
</context>
<context>
    <name>VerifyPage</name>
    <message>
        <location filename="../../app/ui/pages/verify.py" line="60"/>
        <source>Did it work?</source>
        <translation>¿Ha funcionado?</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/verify.py" line="61"/>
        <source>Run the same test again now that the setting is changed.</source>
        <translation>Vuelva a hacer la misma prueba ahora que ha cambiado el ajuste.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/verify.py" line="64"/>
        <location filename="../../app/ui/pages/verify.py" line="203"/>
        <location filename="../../app/ui/pages/verify.py" line="271"/>
        <location filename="../../app/ui/pages/verify.py" line="315"/>
        <source>&amp;Test again</source>
        <translation>&amp;Probar de nuevo</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/verify.py" line="65"/>
        <source>Test again</source>
        <translation>Probar de nuevo</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/verify.py" line="67"/>
        <source>&amp;Stop</source>
        <translation>&amp;Detener</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/verify.py" line="71"/>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/verify.py" line="80"/>
        <source>Check</source>
        <translation>Comprobación</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/verify.py" line="80"/>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/verify.py" line="80"/>
        <source>After</source>
        <translation>Después</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/verify.py" line="82"/>
        <source>Before and after</source>
        <translation>Antes y después</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/verify.py" line="91"/>
        <source>The same header before and after</source>
        <translation>La misma cabecera antes y después</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/verify.py" line="100"/>
        <source>What&apos;s this? The words on this page explained</source>
        <translation>¿Qué es esto? Las palabras de esta página explicadas</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/verify.py" line="127"/>
        <source>Make sure you saved the change and restarted the router. Then press Test again; if the internet is not back yet, the test waits for it.</source>
        <translation>Asegúrese de haber guardado el cambio y reiniciado el router. Luego pulse Probar de nuevo; si internet aún no ha vuelto, la prueba lo esperará.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/pages/verify.py" line="253"/>
        <source>No answer yet: your internet connection is probably still coming back after the restart. Testing again in %n s…</source>
        <translation>
            <numerusform>Aún no hay respuesta: probablemente su conexión a internet se está recuperando tras el reinicio. Se probará de nuevo en %n s…</numerusform>
            <numerusform>Aún no hay respuesta: probablemente su conexión a internet se está recuperando tras el reinicio. Se probará de nuevo en %n s…</numerusform>
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
        <translation>Probar a&amp;hora</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/verify.py" line="307"/>
        <source>The second test could not run. Check that the internet works again after the restart, then try again.</source>
        <translation>No se pudo hacer la segunda prueba. Compruebe que internet vuelve a funcionar tras el reinicio y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/verify.py" line="342"/>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/verify.py" line="351"/>
        <source>Calls over %s</source>
        <translation>Llamadas por %s</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/verify.py" line="388"/>
        <source>Press Next to save a report of before and after, for your records or your provider.</source>
        <translation>Pulse Siguiente para guardar un informe del antes y el después, para usted o para su proveedor.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/verify.py" line="392"/>
        <source>When you have checked the points above, press Test again; or press Next to save a report for your provider.</source>
        <translation>Cuando haya comprobado los puntos anteriores, pulse Probar de nuevo; o pulse Siguiente para guardar un informe para su proveedor.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/verify.py" line="402"/>
        <source>Fixed! Your calls now pass through unchanged. Restart your phones so they register again, then make a test call.</source>
        <translation>¡Solucionado! Sus llamadas ya pasan sin cambios. Reinicie sus teléfonos para que se vuelvan a registrar y haga una llamada de prueba.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/verify.py" line="408"/>
        <source>The test was stopped before it finished. Run it again.</source>
        <translation>La prueba se detuvo antes de terminar. Vuelva a hacerla.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/verify.py" line="413"/>
        <source>Still no answer after waiting %d seconds. Check that the internet works again (open any web page). If it does not, the router may still be starting: wait a little, then press Test again.</source>
        <translation>Sigue sin haber respuesta tras esperar %d segundos. Compruebe que internet vuelve a funcionar (abra cualquier página web). Si no funciona, puede que el router aún se esté iniciando: espere un poco y pulse Probar de nuevo.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/verify.py" line="422"/>
        <source>No answer from the test server. Check that the internet works again, then press Test again.</source>
        <translation>No hay respuesta del servidor de pruebas. Compruebe que internet vuelve a funcionar y pulse Probar de nuevo.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/verify.py" line="430"/>
        <source>We could not reach the test server this time. Wait until the router has fully restarted, then test again.</source>
        <translation>Esta vez no hemos podido contactar con el servidor de pruebas. Espere a que el router se haya reiniciado del todo y vuelva a probar.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/verify.py" line="436"/>
        <source>Not fixed yet. %s</source>
        <translation>Aún no está solucionado. %s</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/verify.py" line="442"/>
        <source>Was the change saved, and did the router really restart? If in doubt, unplug it for ten seconds: some routers keep rewriting calls they already know until then.</source>
        <translation>¿Se guardó el cambio y se reinició de verdad el router? Si tiene dudas, desenchúfelo diez segundos: algunos routers siguen reescribiendo las llamadas que ya conocen hasta entonces.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/verify.py" line="451"/>
        <source>Is there a second setting? On this router it may also be called: %s.</source>
        <translation>¿Hay un segundo ajuste? En este router también puede llamarse: %s.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/verify.py" line="457"/>
        <source>Is there a second setting? Some routers have the switch in more than one place (look through the firewall and NAT pages too).</source>
        <translation>¿Hay un segundo ajuste? Algunos routers tienen el interruptor en más de un sitio (revise también las páginas del cortafuegos y de NAT).</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/verify.py" line="466"/>
        <source>Is there a box from your internet provider in front of your router? The test saw another router at %s between yours and the internet; its SIP ALG must be switched off too (or it must be put in bridge mode).</source>
        <translation>¿Hay un aparato de su proveedor de internet delante de su router? La prueba detectó otro router en %s entre el suyo e internet; también hay que desactivar su SIP ALG (o ponerlo en modo puente).</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/verify.py" line="475"/>
        <source>Is there a box from your internet provider (a modem or fibre box) in front of your router? It can have a SIP ALG of its own.</source>
        <translation>¿Hay un aparato de su proveedor de internet (un módem o un equipo de fibra) delante de su router? Puede tener su propio SIP ALG.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/verify.py" line="484"/>
        <source>If the setting cannot be switched off, use one of the workarounds on the previous page.</source>
        <translation>Si el ajuste no se puede desactivar, use una de las alternativas de la página anterior.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/verify.py" line="488"/>
        <source>What to check next:</source>
        <translation>Qué comprobar a continuación:</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../app/ui/pages/welcome.py" line="21"/>
        <source>Let&apos;s find out what is breaking your calls</source>
        <translation>Averigüemos qué está estropeando sus llamadas</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/welcome.py" line="22"/>
        <source>Two minutes, no technical knowledge needed.</source>
        <translation>Dos minutos, sin necesidad de conocimientos técnicos.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/welcome.py" line="27"/>
        <source>Many routers have a &apos;SIP ALG&apos; that rewrites phone-call messages as they pass and causes one-way audio, dropped calls or phones that never ring. This tool sends a few test calls through your connection, shows exactly what your router changed, and tells you how to switch the ALG off on your router.</source>
        <translation>Muchos routers tienen un «SIP ALG» que reescribe los mensajes de las llamadas a su paso y provoca audio en un solo sentido, llamadas cortadas o teléfonos que nunca suenan. Esta herramienta envía unas cuantas llamadas de prueba a través de su conexión, muestra exactamente qué ha cambiado su router y le explica cómo desactivar el ALG en su router.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/welcome.py" line="35"/>
        <source>What&apos;s this? SIP and ALG explained</source>
        <translation>¿Qué es esto? SIP y ALG explicados</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/welcome.py" line="40"/>
        <source>What is sent: a few SIP test messages containing this computer&apos;s local network address, to the server you choose on the next pages (your VoIP provider&apos;s server or a SIP ALG Doctor test server), and standard questions to your own router. No passwords, no recordings, no personal data. The report stays on this computer unless you decide to share it.</source>
        <translation>Qué se envía: unos cuantos mensajes SIP de prueba con la dirección de red local de este ordenador, al servidor que elija en las páginas siguientes (el servidor de su proveedor VoIP o un servidor de pruebas de SIP ALG Doctor), y consultas estándar a su propio router. Sin contraseñas, sin grabaciones, sin datos personales. El informe se queda en este ordenador a menos que decida compartirlo.</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <location filename="../../app/core/vocabulary.py" line="21"/>
        <source>SIP ALG DETECTED</source>
        <translation>SIP ALG DETECTADO</translation>
    </message>
    <message>
        <location filename="../../app/core/vocabulary.py" line="22"/>
        <source>NO SIP ALG DETECTED</source>
        <translation>NO SE HA DETECTADO SIP ALG</translation>
    </message>
    <message>
        <location filename="../../app/core/vocabulary.py" line="23"/>
        <source>SIP BLOCKED</source>
        <translation>SIP BLOQUEADO</translation>
    </message>
    <message>
        <location filename="../../app/core/vocabulary.py" line="24"/>
        <source>INCONCLUSIVE</source>
        <translation>NO CONCLUYENTE</translation>
    </message>
    <message>
        <location filename="../../app/core/vocabulary.py" line="30"/>
        <source>A SIP ALG is changing your calls</source>
        <translation>Un SIP ALG está modificando sus llamadas</translation>
    </message>
    <message>
        <location filename="../../app/core/vocabulary.py" line="31"/>
        <source>Calls on the standard SIP port are blocked</source>
        <translation>Las llamadas en el puerto SIP estándar están bloqueadas</translation>
    </message>
    <message>
        <location filename="../../app/core/vocabulary.py" line="34"/>
        <source>No SIP ALG found</source>
        <translation>No se ha encontrado ningún SIP ALG</translation>
    </message>
    <message>
        <location filename="../../app/core/vocabulary.py" line="35"/>
        <source>Inconclusive: we could not tell</source>
        <translation>No concluyente: no hemos podido saberlo</translation>
    </message>
    <message>
        <location filename="../../app/core/vocabulary.py" line="40"/>
        <source>✗ SIP ALG found</source>
        <translation>✗ SIP ALG encontrado</translation>
    </message>
    <message>
        <location filename="../../app/core/vocabulary.py" line="41"/>
        <source>✗ SIP blocked</source>
        <translation>✗ SIP bloqueado</translation>
    </message>
    <message>
        <location filename="../../app/core/vocabulary.py" line="42"/>
        <source>✓ no SIP ALG</source>
        <translation>✓ sin SIP ALG</translation>
    </message>
    <message>
        <location filename="../../app/core/vocabulary.py" line="43"/>
        <location filename="../../app/core/vocabulary.py" line="62"/>
        <source>? no answer</source>
        <translation>? sin respuesta</translation>
    </message>
    <message>
        <location filename="../../app/core/vocabulary.py" line="49"/>
        <source>clean (arrived and came back unchanged)</source>
        <translation>limpio (llegó y volvió sin cambios)</translation>
    </message>
    <message>
        <location filename="../../app/core/vocabulary.py" line="50"/>
        <source>modified (rewritten on the way)</source>
        <translation>modificado (reescrito por el camino)</translation>
    </message>
    <message>
        <location filename="../../app/core/vocabulary.py" line="51"/>
        <source>dropped (the SIP port swallowed it, another port got through)</source>
        <translation>descartado (el puerto SIP lo bloqueó; otro puerto pasó)</translation>
    </message>
    <message>
        <location filename="../../app/core/vocabulary.py" line="54"/>
        <source>no usable answer</source>
        <translation>sin respuesta útil</translation>
    </message>
    <message>
        <location filename="../../app/core/vocabulary.py" line="59"/>
        <source>✓ unchanged</source>
        <translation>✓ sin cambios</translation>
    </message>
    <message>
        <location filename="../../app/core/vocabulary.py" line="60"/>
        <source>✗ changed</source>
        <translation>✗ cambiado</translation>
    </message>
    <message>
        <location filename="../../app/core/vocabulary.py" line="61"/>
        <source>✗ blocked</source>
        <translation>✗ bloqueado</translation>
    </message>
    <message>
        <location filename="../../app/core/vocabulary.py" line="68"/>
        <source>very sure</source>
        <translation>muy seguro</translation>
    </message>
    <message>
        <location filename="../../app/core/vocabulary.py" line="69"/>
        <source>fairly sure</source>
        <translation>bastante seguro</translation>
    </message>
    <message>
        <location filename="../../app/core/vocabulary.py" line="70"/>
        <source>not sure</source>
        <translation>poco seguro</translation>
    </message>
    <message>
        <location filename="../../app/core/vocabulary.py" line="75"/>
        <source>reflector</source>
        <translation>reflector</translation>
    </message>
    <message>
        <location filename="../../app/core/vocabulary.py" line="76"/>
        <source>SIP server</source>
        <translation>servidor SIP</translation>
    </message>
    <message>
        <location filename="../../app/ui/words.py" line="84"/>
        <source>If switching the SIP ALG off does not help, look in your router&apos;s firewall settings for a rule that blocks port %s, and remove or allow it.</source>
        <translation>Si desactivar el SIP ALG no ayuda, busque en la configuración del cortafuegos de su router una regla que bloquee el puerto %s y elimínela o permita el tráfico.</translation>
    </message>
</context>
</TS>
