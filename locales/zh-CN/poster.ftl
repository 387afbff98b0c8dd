# cunjing — the village poster (cunjing qr --poster). Plain text: drawn into an image.
# Only common characters (GB2312 level 1) and no emoji: the poster is drawn with the bundled fonts.

poster-title = 村警通
poster-station = { $station } · 一村一辅警
poster-scan = 手机扫一扫，微信里也能扫
poster-scan-note = 不用下载，不用注册
poster-can-services = 1. 办事问询：户口、身份证、驾驶证、车辆怎么办
poster-can-scam = 2. 防骗查询：可疑短信、电话、链接，转账前先查一查
poster-can-report = 3. 反映情况：矛盾纠纷、违法线索，可以不留名
poster-can-officer = 4. 找驻村民警：有事直接问
poster-officer = 驻村民警 { $officer }，电话 { $phone }
poster-telegram = 用 Telegram 扫这里
poster-emergency = 紧急情况请拨打 110　反诈专线 96110
