// A vertical list reorderable by drag (@dnd-kit), by Alt+↑/↓ on any focused element inside an item, and by
// the 上移/下移 buttons each item renders through its handle props.
import {
  DndContext,
  KeyboardSensor,
  PointerSensor,
  closestCenter,
  useSensor,
  useSensors,
  type DragEndEvent,
} from "@dnd-kit/core";
import {
  SortableContext,
  sortableKeyboardCoordinates,
  useSortable,
  verticalListSortingStrategy,
} from "@dnd-kit/sortable";
import type { KeyboardEvent, ReactNode } from "react";

/** What an item gets to build its drag handle and move buttons. */
export interface ItemControls {
  /** Spread on the drag handle button. */
  readonly handleProps: Record<string, unknown>;
  readonly moveUp: (() => void) | null;
  readonly moveDown: (() => void) | null;
}

/** Props of SortableList. */
export interface SortableListProps<T extends { readonly id: string }> {
  readonly items: readonly T[];
  /** Moves an item from one index to another (the other items shift). */
  readonly onMove: (from: number, to: number) => void;
  readonly renderItem: (item: T, index: number, controls: ItemControls) => ReactNode;
  readonly className?: string;
}

// Keeps focus on the element that had it when its item moved (re-ordering DOM nodes can drop focus).
function keepFocus(): void {
  const el = document.activeElement;
  if (!(el instanceof HTMLElement)) return;
  requestAnimationFrame(() => {
    if (document.activeElement !== el && el.isConnected) el.focus();
  });
}

function SortableItem<T extends { readonly id: string }>(props: {
  readonly item: T;
  readonly index: number;
  readonly count: number;
  readonly onMove: (from: number, to: number) => void;
  readonly renderItem: SortableListProps<T>["renderItem"];
}) {
  const { item, index, count, onMove, renderItem } = props;
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({
    id: item.id,
  });
  const move = (to: number): void => {
    keepFocus();
    onMove(index, to);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>): void => {
    if (!e.altKey || e.ctrlKey || e.metaKey || e.nativeEvent.isComposing) return;
    if (e.key === "ArrowUp" && index > 0) move(index - 1);
    else if (e.key === "ArrowDown" && index < count - 1) move(index + 1);
    else return;
    e.preventDefault();
    e.stopPropagation();
  };
  const style = {
    transform: transform ? `translate3d(0, ${Math.round(transform.y)}px, 0)` : undefined,
    transition,
    zIndex: isDragging ? 2 : undefined,
    position: "relative" as const,
  };
  return (
    <div
      ref={setNodeRef}
      style={style}
      className={`ed-sortable${isDragging ? " is-dragging" : ""}`}
      onKeyDown={onKeyDown}
      data-item-id={item.id}
    >
      {renderItem(item, index, {
        handleProps: { ref: setActivatorNodeRef, ...attributes, ...listeners },
        moveUp: index > 0 ? () => move(index - 1) : null,
        moveDown: index < count - 1 ? () => move(index + 1) : null,
      })}
    </div>
  );
}

/** Sortable vertical list (see the comment at the top of this file). */
export function SortableList<T extends { readonly id: string }>({
  items,
  onMove,
  renderItem,
  className,
}: SortableListProps<T>) {
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );
  const onDragEnd = (e: DragEndEvent): void => {
    const over = e.over;
    if (!over || over.id === e.active.id) return;
    const from = items.findIndex((i) => i.id === e.active.id);
    const to = items.findIndex((i) => i.id === over.id);
    if (from >= 0 && to >= 0) onMove(from, to);
  };
  return (
    <DndContext sensors={sensors} collisionDetection={closestCenter} onDragEnd={onDragEnd}>
      <SortableContext items={items.map((i) => i.id)} strategy={verticalListSortingStrategy}>
        <div className={className}>
          {items.map((item, index) => (
            <SortableItem
              key={item.id}
              item={item}
              index={index}
              count={items.length}
              onMove={onMove}
              renderItem={renderItem}
            />
          ))}
        </div>
      </SortableContext>
    </DndContext>
  );
}
