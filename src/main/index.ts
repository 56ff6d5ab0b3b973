console.log('kaona main');
