// Store notices (e.g. 索引文件损坏，已隔离…并从文稿文件重建) as dismissible banners under the nav bar.
import { useStoreInfo } from "./use-store-info";

/** One banner per notice; 知道了 dismisses it on the server too. */
export function NoticeBanner() {
  const info = useStoreInfo();
  if (info.notices.length === 0 && !info.error) return null;
  return (
    <div className="notices" role="region" aria-label="存储提示">
      {info.notices.map((n) => (
        <div key={n.id} role={n.level === "info" ? "status" : "alert"} className={`banner banner-${n.level}`}>
          <p>{n.message}</p>
          <button type="button" className="btn btn-small" onClick={() => void info.dismiss(n.id)}>
            知道了
          </button>
        </div>
      ))}
      {info.error && (
        <div role="alert" className="banner banner-error">
          <p>无法读取存储状态：{info.error}</p>
        </div>
      )}
    </div>
  );
}
