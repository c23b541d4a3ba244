function View(props) {
    // todoruleid: compat.jsx-attribute
    return <div dangerouslySetInnerHTML={{__html: props.html}} />;
}
