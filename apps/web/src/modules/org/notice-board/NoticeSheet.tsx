import type { NoticeBoardCard } from '@linli/shared';

type Person = NoticeBoardCard['leads'][number];

function Contacts({ people, none }: { people: Person[]; none: string }) {
  if (!people.length) return <span className="nb-missing">{none}</span>;
  return (
    <>
      {people.map((p, i) => (
        <div key={`${p.name}-${i}`} className="nb-name">
          {p.name}
          <span className="nb-phone">{p.phoneMasked ?? <span className="nb-missing">电话待补充</span>}</span>
        </div>
      ))}
    </>
  );
}

/** One A4 楼宇公示牌: the building, who serves it with masked phones, its grid, and the QR code that opens the report page here. */
export function NoticeSheet({ card, qr }: { card: NoticeBoardCard; qr: string | undefined }) {
  const b = card.building;
  return (
    <section className="nb-sheet" aria-label={`${b.name}公示牌`}>
      <div className="nb-kicker">楼宇公示牌</div>
      <h1 className="nb-title">{b.name}</h1>
      <div className="nb-place">
        {card.street.name} · {card.community.name}
        {b.complexName && !b.name.startsWith(b.complexName) ? ` · ${b.complexName}` : ''}
      </div>
      <div className="nb-people">
        <div className="nb-role">所属网格</div>
        <div className="nb-name">{card.grid.name}</div>
        <div className="nb-role">网格员</div>
        <div>
          <Contacts people={card.gridWorkers} none="待补充" />
        </div>
        <div className="nb-role">{'楼\u3000长'}</div>
        <div>
          <Contacts people={card.leads} none="待补充" />
        </div>
      </div>
      <div className="nb-qr">
        {qr ? <img src={qr} alt={`${b.name}反映问题二维码`} /> : <div style={{ width: '58mm', height: '58mm' }} />}
        <div className="nb-qr-text">
          <strong>有事找网格</strong>
          手机扫码反映身边问题，
          <br />
          已为您选好本楼，
          <br />
          网格员会尽快上门处理。
        </div>
      </div>
      <div className="nb-foot">
        <span>{card.community.name}居民委员会</span>
        <span>人员变动请以社区公布为准</span>
      </div>
    </section>
  );
}
